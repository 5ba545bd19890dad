"""Write outputs atomically: a file appears whole or not at all, and a set of files replaces the previous set
as one (``replacing_folder``): a build killed or failing half-way leaves the previous outputs, never a mix."""

from __future__ import annotations

import ctypes
import errno
import glob
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, cast


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it when the block completes without error."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes it private; outputs are ordinary files
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextmanager
def atomic_text(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """A text file (UTF-8, "\\n" newlines) that appears at ``path`` only once fully written."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        yield handle


# A set of files replaced as one: written into a fresh sibling folder, which then takes the folder's place.
STAGING_TAG = ".graphkit-new-"  # .out.graphkit-new-<pid>-<random>: the new set being written
RETIRED_TAG = ".graphkit-old-"  # .out.graphkit-old-<pid>-<random>: the old set, once swapped out
AT_FDCWD = -100
RENAME_EXCHANGE = 2  # renameat2(2) flag: swap two paths in one step
NOT_SUPPORTED = {errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP}


def _renameat2() -> Callable[..., int] | None:
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return cast(Callable[..., int], function)


RENAMEAT2 = _renameat2() if sys.platform.startswith("linux") else None


def exchange(one: Path, other: Path) -> bool:
    """Swap two existing paths in one step (Linux's ``renameat2`` with ``RENAME_EXCHANGE``).

    False where the system or file system cannot; OSError for any other failure.
    """
    if RENAMEAT2 is None:
        return False
    if RENAMEAT2(AT_FDCWD, os.fsencode(one), AT_FDCWD, os.fsencode(other), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in NOT_SUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(other))


def is_temporary(name: str, owned: Iterable[str]) -> bool:
    """A temporary ``atomic_path`` leaves when killed (``.graph.ttl.k2j4.tmp``) for one of ``owned``."""
    return name.endswith(".tmp") and any(name.startswith(f".{own}.") for own in owned)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True


def _leftovers(folder: Path, prefix: str) -> list[Path]:
    """What a process that is gone left in ``folder`` under ``prefix`` + its pid (``.out.graphkit-new-<pid>-...``)."""
    found = []
    for path in folder.glob(f"{glob.escape(prefix)}*"):
        pid = path.name[len(prefix) :].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            found.append(path)
    return found


def _adopt(old: Path, new: Path, owned: frozenset[str]) -> None:
    """Move what ``old`` holds that graphkit did not write (the user's own files) into ``new``."""
    for entry in sorted(os.listdir(old)):
        if entry not in owned and not is_temporary(entry, owned) and not os.path.lexists(new / entry):
            os.rename(old / entry, new / entry)


def recover(target: Path, owned: Iterable[str]) -> None:
    """Finish or undo the swap of a process killed half-way, and remove the sets it left beside ``target``.

    An old set swapped out is put back if ``target`` is gone (the killed process had moved it away); else the
    user's files in it move back into ``target`` and it is removed. A new set never swapped in is removed.
    """
    keep = frozenset(owned)
    for leftover in _leftovers(target, STAGING_TAG) if target.is_dir() else []:  # the fallback's, in a mount point
        shutil.rmtree(leftover, ignore_errors=True)
    for tag in (RETIRED_TAG, STAGING_TAG):
        for leftover in _leftovers(target.parent, f".{target.name}{tag}"):
            if tag == RETIRED_TAG and not os.path.lexists(target):
                os.rename(leftover, target)  # killed between the two renames: the old set goes back
                continue
            if target.is_dir():  # a new set never swapped in has only graphkit's files; an old one, the user's too
                _adopt(leftover, target, keep)
            shutil.rmtree(leftover, ignore_errors=True)


@contextmanager
def replacing_folder(path: str | os.PathLike[str], owned: Iterable[str]) -> Iterator[Path]:
    """A fresh folder to write a set of files into, which replaces the folder ``path`` as one when the block
    completes: at any instant, and whenever the process is killed, ``path`` holds all of the old set or all of
    the new one (with the two-rename fallback, for an instant neither, which ``recover`` undoes).

    The new folder is made beside ``path`` and swapped with it in one step (``renameat2`` on Linux; two
    renames elsewhere, ``recover`` putting the old folder back if a process dies between them). Files and
    folders of ``path`` that are not ``owned`` (the user's own) move into the new folder; ``owned`` files
    that the new set does not have (an earlier build's graph.nt) go with the old set. On an error the new
    folder is removed and ``path`` is left as it was. A symbolic link is followed; a mount point cannot be
    swapped, so there each file is replaced in turn (each whole, the set not as one).
    """
    target = Path(os.path.realpath(path))
    keep = frozenset(owned)
    recover(target, keep)
    target.parent.mkdir(parents=True, exist_ok=True)
    if os.path.ismount(target):
        yield from _replace_files(target, keep)
        return
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}{STAGING_TAG}{os.getpid()}-", dir=target.parent))
    try:
        os.chmod(staging, stat.S_IMODE(target.stat().st_mode) if target.is_dir() else 0o777 & ~current_umask())
        yield staging
        _swap_in(staging, target, keep)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap_in(staging: Path, target: Path, owned: frozenset[str]) -> None:
    """Put the folder ``staging`` in the place of ``target``; ``staging`` then names nothing or the old set."""
    if not target.exists():
        try:
            os.rename(staging, target)  # an empty folder made meanwhile is replaced; anything else is kept
            return
        except OSError as err:
            if err.errno not in (errno.ENOTEMPTY, errno.EEXIST):
                raise
    if exchange(staging, target):
        _adopt(staging, target, owned)  # staging now holds the old set
        return
    retired = target.parent / f".{target.name}{RETIRED_TAG}{os.getpid()}-{os.urandom(4).hex()}"
    os.rename(target, retired)
    os.rename(staging, target)
    _adopt(retired, target, owned)
    shutil.rmtree(retired, ignore_errors=True)


def _replace_files(target: Path, owned: frozenset[str]) -> Iterator[Path]:
    """The fallback for a folder that cannot be swapped: write inside it, then replace file by file."""
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_TAG}{os.getpid()}-", dir=target))
    try:
        yield staging
        written = set(os.listdir(staging))
        for name in sorted(written):
            os.replace(staging / name, target / name)
        for name in owned - written:
            (target / name).unlink(missing_ok=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
