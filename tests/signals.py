"""Kill a command with a signal while its temporary exists; check that
nothing is left.

    python3 signals.py SIG PATTERN PRISTINE WORK -- COMMAND ...

Copies the directory PRISTINE to WORK, runs COMMAND in WORK with SIG at
its default action, waits until a file or directory matching PATTERN
(a glob, in WORK) appears, sends SIG, waits for the command and checks
that it died of the signal and that WORK is again exactly PRISTINE: no
temporary left, the old output and the inputs byte for byte as they
were, with their modes.  The test depends on no speed: a run that ends
before the signal lands is tried again (from a fresh copy), and only a
hang is a failure.  Prints one line: what happened.
"""
import glob
import os
import shutil
import signal
import stat
import subprocess
import sys
import time

ATTEMPTS = 20
HANG = 300		# seconds a run may take before it counts as a hang


def tree(top):
    """Every path below top, with its type, mode and contents."""
    out = {}
    for d, dirs, files in os.walk(top):
        for n in dirs + files:
            p = os.path.join(d, n)
            st = os.lstat(p)
            data = None
            if stat.S_ISREG(st.st_mode):
                with open(p, "rb") as f:
                    data = f.read()
            out[os.path.relpath(p, top)] = (stat.S_IFMT(st.st_mode),
                                            stat.S_IMODE(st.st_mode), data)
    return out


def default_signals():
    for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, signal.SIG_DFL)


def attempt(sig, pattern, pristine, work, cmd):
    """'caught', 'missed' (the command ended first) or a failure."""
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(pristine, work, symlinks=True)
    p = subprocess.Popen(cmd, cwd=work, preexec_fn=default_signals,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    end = time.monotonic() + HANG
    while not glob.glob(os.path.join(work, pattern)):
        if p.poll() is not None:
            return "missed"
        if time.monotonic() > end:
            p.kill()
            p.wait()
            return "hang: %s never appeared" % pattern
    p.send_signal(sig)
    try:
        p.wait(timeout=HANG)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
        return "hang after the signal"
    err = p.stderr.read().decode("utf-8", "replace")
    p.stderr.close()
    if p.returncode == 0:
        return "missed"
    if p.returncode != -sig:
        return "exit status %d, not killed by the signal: %s" % (
            p.returncode if p.returncode >= 0 else 128 - p.returncode,
            err.strip())
    want, got = tree(pristine), tree(work)
    if want == got:
        return "caught"
    left = sorted(set(got) - set(want))
    gone = sorted(set(want) - set(got))
    changed = sorted(k for k in set(want) & set(got) if want[k] != got[k])
    return "left %s; gone %s; changed %s" % (left[:5], gone[:5],
                                             changed[:5])


def main():
    sig = getattr(signal, "SIG" + sys.argv[1])
    pattern, pristine, work = sys.argv[2:5]
    cmd = sys.argv[6:]
    for _ in range(ATTEMPTS):
        r = attempt(sig, pattern, pristine, work, cmd)
        if r != "missed":
            break
    if r == "caught":
        print("%s: exit status %d, nothing left, all as it was" %
              (sys.argv[1], 128 + sig))
    elif r == "missed":
        print("%s: the command always ended before the signal" %
              sys.argv[1])
    else:
        print("%s: %s" % (sys.argv[1], r))
    shutil.rmtree(work, ignore_errors=True)


main()
