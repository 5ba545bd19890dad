"""A worker process of the ``processes`` engine: ``python -m graphkit.engines.worker``, fed over a pipe.

The worker is a fresh interpreter that imports graphkit, not the caller's script: a script that calls
``graphkit.build(..., workers=N)`` at its top level, without an ``if __name__ == "__main__":`` guard, is
never run again in the workers (as multiprocessing's spawn and forkserver starts would do).

The protocol is pickled messages, each preceded by its length (``send``, ``receive``):

1. the parent sends ``{"sys_path": [...], "model": name, "work": {"max_chars": n, ...}}`` (``work``: the keyword
   arguments of ``extract_batch`` besides the batch and the model);
2. the worker loads the model and answers ``("ready", model name)`` or ``("error", exception)``;
3. then, for each batch of Articles the parent sends, ``("result", BatchResult)`` or ``("error", exception)``;
4. the worker exits when its standard input closes.

Messages go over the worker's original standard output; anything else it prints goes to standard error, so
a chatty library cannot break the protocol.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import sys
from typing import IO, Any

from graphkit.errors import GraphkitError

HEADER = struct.Struct(">Q")  # the length of the pickled message that follows


class WorkerError(GraphkitError, RuntimeError):
    """A worker process that stopped, or whose error could not be sent as itself (it could not be pickled)."""


def send(stream: IO[bytes], message: Any) -> None:
    """Write one message: its length, then its pickle."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()


def receive(stream: IO[bytes]) -> Any:
    """Read one message; EOFError when the other side has closed the pipe (or died)."""
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        raise EOFError("the pipe closed")
    (size,) = HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the pipe closed in the middle of a message")
    return pickle.loads(data)


def send_error(stream: IO[bytes], err: BaseException) -> None:
    """Send ``err`` itself if it pickles (a ModelNotFoundError stays one), else its type and message."""
    try:
        pickle.dumps(err)
    except Exception:
        err = WorkerError(f"{type(err).__name__}: {err}")
    send(stream, ("error", err))


def serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """Answer the parent until it closes ``requests``."""
    settings = receive(requests)
    sys.path[:] = [*settings["sys_path"], *(p for p in sys.path if p not in settings["sys_path"])]
    from graphkit.engines.work import extract_batch
    from graphkit.nlp import load_model, model_name

    try:
        nlp = load_model(settings["model"])
    except Exception as err:
        send_error(replies, err)
        return
    send(replies, ("ready", model_name(nlp)))
    while True:
        try:
            batch = receive(requests)
        except EOFError:
            return
        try:
            result = extract_batch(batch, settings["model"], **settings["work"])
        except Exception as err:  # a failure on one article is recorded in the batch; this is worse
            send_error(replies, err)
        else:
            send(replies, ("result", result))


def main() -> None:
    """Serve on standard input and (a private copy of) standard output; stray prints go to standard error."""
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    with contextlib.suppress(KeyboardInterrupt, BrokenPipeError):  # the parent was interrupted or has gone
        serve(sys.stdin.buffer, replies)


if __name__ == "__main__":
    main()
