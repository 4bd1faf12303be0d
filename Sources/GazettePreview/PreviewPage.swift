import Foundation
import GazetteCore

/// The preview's page: the web version, the email at desktop and phone widths side by side, the plain text and the
/// webhook payloads (one at a time, chosen in the header), with the last build's error over them when it failed.
/// It updates itself when the preview changes (long polling `/changes`).
struct PreviewPage {
    let snapshot: PreviewSnapshot

    func render() -> String {
        let rendering = snapshot.rendering
        let subject = rendering?.subject ?? "No preview yet"
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Preview · \(subject.htmlEscaped)</title>
            <style>
            body { margin: 0; font: 15px/1.5 -apple-system, "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif; background: #eceae6; color: #1a1a1a; }
            header { position: sticky; top: 0; z-index: 1; background: #1a1a1a; color: #f4f4f4; padding: 10px 20px; display: flex; gap: 16px; flex-wrap: wrap; align-items: baseline; }
            header a { color: #8ab4f8; }
            main { padding: 16px 20px 48px; }
            h1 { font-size: 20px; margin: 0; }
            iframe { border: 1px solid #c8c6c2; background: #fff; }
            .pair { display: flex; gap: 24px; flex-wrap: wrap; align-items: flex-start; }
            figure { margin: 0; } figcaption { font-size: 13px; color: #555; }
            pre { background: #fff; border: 1px solid #c8c6c2; padding: 12px; overflow: auto; white-space: pre-wrap; }
            #build-error { background: #fde8e8; border: 2px solid #b42318; color: #7a1a12; padding: 12px 16px; margin: 0 0 16px; }
            #build-error pre { background: transparent; border: 0; padding: 0; margin: 8px 0 0; color: inherit; }
            section.view[hidden] { display: none; }
            </style>
            </head>
            <body data-version="\(snapshot.version)">
            <header><h1>\(subject.htmlEscaped)</h1>
            <span>\(rendering.map { "built in \($0.milliseconds) ms" } ?? "")</span>
            <nav><a href="#web">Web</a> · <a href="#email">Email</a> · <a href="#text">Text</a> · <a href="#payloads">Payloads</a></nav></header>
            <main>

            """
        if let error = snapshot.error {
            html += """
                <div id="build-error" role="alert"><strong>The last build failed</strong>\
                \(rendering == nil ? "" : " — showing the one before it"). Fix it and save; this page updates by itself.
                <pre>\(error.htmlEscaped)</pre></div>

                """
        }
        if rendering != nil {
            // One view at a time: only the chosen one loads (its iframe gets its address when shown), so an update
            // after a save costs one page, not four. The choice is kept in the address's #fragment.
            html += """
                <section class="view" id="view-web"><iframe title="Web version" data-src="/web" style="width: 100%; height: 80vh"></iframe></section>
                <section class="view" id="view-email"><div class="pair">
                <figure><figcaption>Desktop, 700 px</figcaption><iframe title="Email at 700 px" data-src="/email" width="700" height="900"></iframe></figure>
                <figure><figcaption>Phone, 375 px</figcaption><iframe title="Email at 375 px" data-src="/email" width="375" height="900"></iframe></figure>
                </div></section>
                <section class="view" id="view-text"><iframe title="Plain text" data-src="/text" style="width: 100%; height: 80vh"></iframe></section>
                <section class="view" id="view-payloads"><iframe title="Webhook payloads" data-src="/payloads" style="width: 100%; height: 80vh"></iframe></section>

                """
        }
        html += """
            </main>
            <script>
            function show() {
              // The views' ids are not the fragments themselves, so choosing one does not scroll the page past
              // the error note above it.
              const chosen = "view-" + (location.hash || "#web").slice(1);
              for (const view of document.querySelectorAll("section.view")) {
                const shown = view.id === chosen;
                view.hidden = !shown;
                if (shown) for (const frame of view.querySelectorAll("iframe[data-src]")) {
                  if (!frame.src || frame.dataset.stale) frame.src = frame.dataset.src;
                  delete frame.dataset.stale;
                }
              }
            }
            addEventListener("hashchange", show);
            show();
            // A change swaps the header and the error in place and writes the new HTML into the frames on show (the
            // plain text's frame is reloaded, the hidden views' frames when next shown): much quicker than reloading
            // the page, and each frame keeps its scroll position.
            async function refresh(frame) {
              if (frame.closest("section.view").hidden) { frame.dataset.stale = "yes"; return; }
              if (!frame.src) return;
              const answer = await fetch(frame.dataset.src);
              if (!(answer.headers.get("Content-Type") ?? "").startsWith("text/html")) {
                await new Promise((resolve) => {
                  frame.addEventListener("load", resolve, { once: true });
                  frame.contentWindow.location.reload();
                });
                return;
              }
              const html = await answer.text();
              const scrolled = frame.contentWindow.scrollY;
              const page = frame.contentDocument;
              page.open();
              page.write(html);
              page.close();
              frame.contentWindow.scrollTo(0, scrolled);
            }
            async function update() {
              const next = new DOMParser().parseFromString(await (await fetch("/")).text(), "text/html");
              if (!next.querySelector("section.view") !== !document.querySelector("section.view")) {
                location.reload();
                return false;
              }
              document.querySelector("header").replaceWith(document.adoptNode(next.querySelector("header")));
              document.getElementById("build-error")?.remove();
              const error = next.getElementById("build-error");
              if (error) {
                document.querySelector("main").prepend(document.adoptNode(error));
                scrollTo(0, 0);  // the note is the first thing in the page
              }
              document.body.dataset.version = next.body.dataset.version;
              await Promise.all([...document.querySelectorAll("section.view iframe")].map(refresh));
              // For whoever watches the page (the preview's browser test): when the last update was on show.
              document.body.dataset.updated = String(Date.now());
              return true;
            }
            (async () => {
              for (;;) {
                const version = Number(document.body.dataset.version);
                try {
                  const answer = await (await fetch("/changes?since=" + version)).json();
                  if (answer.version !== version && !(await update())) return;
                } catch (error) {
                  // An update that failed part way (a fetch refused while the server restarts, a frame that could
                  // not be written) has already taken the new version: it is put back, so the update is made again
                  // in full rather than skipped until the next change.
                  document.body.dataset.version = String(version);
                  await new Promise((resolve) => setTimeout(resolve, 1000));
                }
              }
            })();
            </script>
            </body>
            </html>

            """
        return html
    }
}

/// The webhook payloads page, inside the preview page.
struct PayloadsPage {
    let payloads: [PreviewRendering.Payload]

    func render() -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Webhook payloads</title>
        <style>body { margin: 8px; font: 14px/1.5 -apple-system, "Noto Sans CJK SC", Arial, sans-serif; }
        pre { background: #f6f6f4; border: 1px solid #ddd; padding: 10px; white-space: pre-wrap; overflow-wrap: anywhere; }</style>
        </head><body>
        \(payloads.map { "<details><summary>\($0.title.htmlEscaped)</summary><pre>\($0.json.htmlEscaped)</pre></details>" }
            .joined(separator: "\n"))
        </body></html>

        """
    }
}
