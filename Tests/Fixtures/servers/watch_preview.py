"""Drives headless Chromium through the DevTools protocol to watch a Gazette preview page update itself.

usage: watch_preview.py URL SCREENSHOT_PNG
Prints "LOADED <h1 text>" once the page shows, then "UPDATED <h1 text> <unix time>" each time the page has updated
itself (the time is the page's own, taken when its frames on show hold the new documents: `data-updated`) and
"FRAME <title> | <scroll y>" with the title and scroll position of the web version's frame then (scrolled to 400 px
before any change; after the first update the page moves to the email view, scrolled down), and "ERROR <text>" and
"ERROR-TOP <px>" (where the error note is in the window) when it shows a build error.
Stops after 60 s.
"""
import base64
import ctypes
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket

url, screenshot = sys.argv[1], sys.argv[2]
# The test stops this script with SIGTERM; exiting through `finally` closes Chromium instead of leaving it running.
# The signal may arrive blocked (inherited from the test process's thread), so it is unblocked first; and should this
# script be killed outright, Chromium is told to die with it.
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))


def die_with_this_script():
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)

chromium = shutil.which("chromium") or shutil.which("chromium-browser")
with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
profile = tempfile.mkdtemp()
# Only 127.0.0.1 resolves: images on other hosts in the issue are never fetched.
browser = subprocess.Popen([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                            f"--remote-debugging-port={port}", "--window-size=1280,900", "about:blank"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=die_with_this_script)
try:
    for _ in range(100):
        try:
            targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
            page = next(t for t in targets if t["type"] == "page")
            break
        except Exception:
            time.sleep(0.1)
    ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=10)
    counter = [0]

    def call(method, **params):
        counter[0] += 1
        ws.send(json.dumps({"id": counter[0], "method": method, "params": params}))
        while True:
            message = json.loads(ws.recv())
            if message.get("id") == counter[0]:
                return message.get("result", {})

    def evaluate(expression):
        return call("Runtime.evaluate", expression=expression, returnByValue=True).get("result", {}).get("value")

    call("Page.enable")
    call("Page.navigate", url=url)
    heading = None
    for _ in range(200):
        heading = evaluate("document.readyState === 'complete' ? document.querySelector('h1')?.textContent : null")
        if heading:
            break
        time.sleep(0.05)
    shot = call("Page.captureScreenshot", format="png")
    with open(screenshot, "wb") as file:
        file.write(base64.b64decode(shot["data"]))
    # The web version scrolled down, as an editor reading it would have it: an update keeps the place.
    for _ in range(100):
        if evaluate("(() => { const w = document.querySelector('#view-web iframe')?.contentWindow;"
                    " if (!w || w.document.readyState !== 'complete') return false;"
                    " w.scrollTo(0, 400); return w.scrollY === 400; })()"):
            break
        time.sleep(0.05)
    print("LOADED", heading, flush=True)
    deadline = time.time() + 60
    shown_error = False
    last = None
    switched = False
    while time.time() < deadline:
        state = evaluate("""JSON.stringify({updated: document.body?.dataset.updated || null,
            ready: document.readyState, h1: document.querySelector('h1')?.textContent,
            frame: document.querySelector('#view-web iframe')?.contentDocument?.title || null,
            scrolled: document.querySelector('#view-web iframe')?.contentWindow?.scrollY,
            error: document.querySelector('#build-error pre')?.textContent || null,
            errorTop: document.getElementById('build-error')?.getBoundingClientRect().top})""")
        if state:
            state = json.loads(state)
            if state["updated"] and state["updated"] != last and state["ready"] == "complete" and state["h1"]:
                last = state["updated"]
                print("UPDATED", state["h1"], f"{int(state['updated']) / 1000:.3f}", flush=True)
                print("FRAME", state["frame"], "|", state["scrolled"], flush=True)
                if not switched:
                    # The editor moves to the email view and scrolls down: a build error must still be seen.
                    evaluate("location.hash = '#email'; setTimeout(() => scrollTo(0, 300), 100)")
                    switched = True
                if state["error"] and not shown_error:
                    print("ERROR", state["error"].replace("\n", " "), flush=True)
                    print("ERROR-TOP", state["errorTop"], flush=True)
                    shown_error = True
        time.sleep(0.01)
finally:
    browser.kill()
    browser.wait()
    shutil.rmtree(profile, ignore_errors=True)
