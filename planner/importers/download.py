"""Fetch USDA's SR Legacy CSV zip, with progress, for the window's "Download the USDA table".

The file goes to `<dest>.part` first and is renamed only when every byte has arrived, so a
cancelled or broken download leaves nothing that looks like a table.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from planner.importers.common import FoodImportError, Progress

SR_LEGACY_URL = (
    "https://fdc.nal.usda.gov/fdc-datasets/FoodData_Central_sr_legacy_food_csv_2018-04.zip"
)
BLOCK = 1 << 16


def download(url: str, dest: Path, progress: Progress | None = None, timeout: float = 30) -> Path:
    """Save url at dest; progress(done, total) may raise to cancel (the part file is removed)."""
    partial = dest.with_name(dest.name + ".part")
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response, partial.open("wb") as out:
            total = int(response.headers.get("Content-Length") or 0)
            done = 0
            while block := response.read(BLOCK):
                out.write(block)
                done += len(block)
                if progress:
                    progress(done, max(total, done))
        if total and done < total:
            raise FoodImportError("download.stopped", done=f"{done:,}", total=f"{total:,}")
        partial.replace(dest)
        return dest
    except http.client.IncompleteRead as err:
        raise FoodImportError("download.stopped_in_block", done=f"{len(err.partial):,}") from None
    except urllib.error.HTTPError as err:
        raise FoodImportError(
            "download.server", url=url, code=err.code, reason=err.reason
        ) from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
        reason = getattr(err, "reason", err)
        raise FoodImportError(
            "download.unreachable", host=urllib.parse.urlsplit(url).hostname, reason=reason
        ) from None
    finally:
        partial.unlink(missing_ok=True)
