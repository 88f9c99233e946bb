"""The worker pool's first preload: the forkserver, and every worker forked from it, yield the CPU
to the run's main process.

Named only in :func:`citecheck.pipeline.page_facts_pool`'s preload list (importing it anywhere
else would lower that process's priority). The main process's event loop waits on the network
and needs the CPU in short bursts, as answers arrive; the workers (reading pages, verifying
documents) need it for long stretches and can wait. On a machine with fewer cores than
processes, workers at the same priority took the cores from the loop for milliseconds at a time,
and every response waiting in the loop waited too: on the end-to-end benchmark (800 URLs, 2
cores) the fetch stretched from ~4.5 s alone to ~6 s beside the workers. At ``NICENESS`` 10 the
kernel gives the loop the core whenever it is runnable, and the workers everything else.
"""

from __future__ import annotations

import contextlib
import os

NICENESS = 10

with contextlib.suppress(OSError, AttributeError):  # no os.nice (Windows) or not allowed: run as is
    os.nice(NICENESS)
