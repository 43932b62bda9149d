"""Parse a folder of documents on a Dask distributed cluster into one tasks DataFrame.

    pip install './bindings-python[pandas]' 'dask[distributed]'
    python examples/python/dask_corpus.py [FOLDER]     # default: the seed corpus

Each worker process reads a batch of files, parses them with `gongwen.parse_many` (bytes in
any of UTF-8, UTF-16, GB18030) and returns the batch's tasks as a pandas DataFrame; the
client concatenates the batches in file order. Swap `LocalCluster` for the address of a
real scheduler to go past one machine: nothing else changes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import pandas as pd

import gongwen

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "corpus"


def tasks_of_batch(paths: list[str]) -> pd.DataFrame:
    """Runs on a worker: parse a batch of files, return their tasks (column `doc` = file name)."""
    data = [Path(p).read_bytes() for p in paths]
    docs = gongwen.parse_many(data, threads=1)  # one thread: Dask runs one task per core
    return gongwen.tasks_frame(docs, keys=[Path(p).name for p in paths])


def files_of(folder: Path, pattern: str = "*.txt") -> list[str]:
    return [str(p) for p in sorted(folder.glob(pattern))]


def tasks_with_dask(
    folder: Path, n_workers: int = 2, batch_size: int = 2, address: Optional[str] = None
) -> pd.DataFrame:
    """All tasks of the documents in `folder`, parsed on a Dask cluster of processes."""
    from dask.distributed import Client, LocalCluster

    paths = files_of(folder)
    batches = [paths[i : i + batch_size] for i in range(0, len(paths), batch_size)]

    def run(client: Client) -> list[pd.DataFrame]:
        if __name__ != "__main__":
            # Imported as a module (as the tests do): workers import it too, so send it.
            client.upload_file(__file__)
        return client.gather(client.map(tasks_of_batch, batches))

    if address is not None:
        with Client(address) as client:
            frames = run(client)
    else:
        with LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster, Client(cluster) as client:
            frames = run(client)
    # Batches without tasks add no rows (and would only blur the column dtypes).
    frames = [f for f in frames if len(f)]
    if not frames:
        return tasks_of_batch([])
    return pd.concat(frames, ignore_index=True)


def tasks_with_loop(folder: Path) -> pd.DataFrame:
    """The same, in a plain loop in this process."""
    paths = files_of(folder)
    docs = [gongwen.parse_file(p) for p in paths]
    return gongwen.tasks_frame(docs, keys=[Path(p).name for p in paths])


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    df = tasks_with_dask(folder)
    print(f"{len(df)} tasks in {df['doc'].nunique()} documents of {folder}")
    print(df.groupby("doc").size().to_string())
    leads = df.explode("lead").dropna(subset=["lead"])
    print("\nUnits leading the most tasks:")
    print(leads["lead"].value_counts().head(10).to_string())


if __name__ == "__main__":
    main()
