"""Headless Chromium over the DevTools protocol on a pipe, for the
browser tests (browser-site.py, browser-phone.py, search-browser.py): no
network port, no profile left.

    b = Browser(chromium, profile); b.open(); ...; b.close()
"""

import fcntl
import json
import os
import subprocess
import time

# The limits below catch a browser that hangs; a busy machine stretches
# them by the test runner's GKML_TIME_SCALE (see tests/bin/limit).
scale = int(os.environ.get("GKML_TIME_SCALE", "1"))


class Browser:
    """Chromium with --remote-debugging-pipe: commands on fd 3, replies
    and events on fd 4, each a JSON text ended by a NUL."""

    def __init__(self, chromium, profile):
        cmd_r, cmd_w = os.pipe()
        ev_r, ev_w = os.pipe()
        # Out of the way of 3 and 4, where the child wants them.
        cmd_r = fcntl.fcntl(cmd_r, fcntl.F_DUPFD, 10)
        ev_w = fcntl.fcntl(ev_w, fcntl.F_DUPFD, 10)

        def fds():
            os.dup2(cmd_r, 3)
            os.dup2(ev_w, 4)

        self.proc = subprocess.Popen(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync",
             "--disable-extensions", "--hide-scrollbars",
             "--remote-debugging-pipe", "--user-data-dir=" + profile,
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, preexec_fn=fds, pass_fds=(3, 4))
        self.w = os.fdopen(cmd_w, "wb", buffering=0)
        self.r = ev_r
        self.buf = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def _read(self, deadline):
        while b"\0" not in self.buf:
            if time.time() > deadline:
                raise TimeoutError("no answer from the browser")
            chunk = os.read(self.r, 1 << 16)
            if not chunk:
                raise EOFError("the browser went away")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, params=None, session=True, timeout=20):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        self.w.write(json.dumps(msg).encode() + b"\0")
        deadline = time.time() + timeout * scale
        while True:
            m = self._read(deadline)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"]))
                return m.get("result", {})
            self.events.append(m)

    def wait(self, event, timeout=20):
        deadline = time.time() + timeout * scale
        for i, m in enumerate(self.events):
            if m.get("method") == event:
                del self.events[i]
                return m
        while True:
            m = self._read(deadline)
            if m.get("method") == event:
                return m
            self.events.append(m)

    def close(self):
        try:
            self.send("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=5 * scale)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def open(self):
        """A tab to drive, its events on."""
        t = self.send("Target.createTarget", {"url": "about:blank"},
                      session=False)
        self.session = self.send("Target.attachToTarget", {
            "targetId": t["targetId"], "flatten": True},
            session=False)["sessionId"]
        for d in ("Page", "Runtime", "Log", "Network"):
            self.send(d + ".enable")

    def js(self, expr):
        r = self.send("Runtime.evaluate", {"expression": expr,
                                           "returnByValue": True})
        if "exceptionDetails" in r:
            raise RuntimeError("%s: %s" % (expr, r["exceptionDetails"]))
        return r["result"].get("value")

    def load(self, where, width=1280, height=900, media=""):
        self.send("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1,
            "mobile": width < 600})
        self.send("Emulation.setEmulatedMedia", {"media": media})
        self.send("Page.navigate", {"url": where})
        self.wait("Page.loadEventFired")

