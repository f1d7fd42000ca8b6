package main

// previewPage is the live preview: a gallery of every diagram, a language
// toggle, one diagram large on click (with its build steps, one at a time,
// when it has some), build errors in place (as
// file:line:col: message), and updates pushed by /events without reload.
// The SVGs are inlined so that their text is part of the page.
const previewPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>sketchdeck preview</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f1f3f5;color:#212529}
header{display:flex;gap:1em;align-items:center;padding:.6em 1em;background:#fff;border-bottom:1px solid #dee2e6;position:sticky;top:0;z-index:2}
header h1{font-size:1.1em;margin:0}
#langs button{border:1px solid #adb5bd;background:#fff;padding:.2em .7em;cursor:pointer}
#langs button.on{background:#228be6;color:#fff;border-color:#228be6}
#status{margin-left:auto;font-size:.85em;color:#868e96}
#problem{white-space:pre-wrap;color:#c92a2a;margin:1em;font-family:monospace}
#gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:1em;padding:1em}
figure{margin:0;background:#fff;border:1px solid #dee2e6;border-radius:6px;padding:.5em;cursor:zoom-in}
figure .pic svg{width:100%;height:auto;max-height:260px}
figcaption{font-size:.85em;color:#495057}
pre.error{white-space:pre-wrap;color:#c92a2a;font-size:.8em;margin:.3em 0}
figure.bad{border-color:#fa5252}
#large{position:fixed;inset:0;background:rgba(255,255,255,.97);display:none;z-index:3;cursor:zoom-out;padding:2em;box-sizing:border-box}
#large.open{display:flex;flex-direction:column}
#large .pic{flex:1;min-height:0}
#large svg{width:100%;height:100%}
#steps{display:flex;gap:.4em;align-items:center;font-size:.85em;color:#495057;margin:.3em 0}
#steps button{border:1px solid #adb5bd;background:#fff;padding:.1em .6em;cursor:pointer}
#steps button.on{background:#228be6;color:#fff;border-color:#228be6}
</style></head>
<body>
<header><h1>sketchdeck</h1><span id="langs"></span><span id="status">loading…</span></header>
<div id="problem"></div>
<main id="gallery"></main>
<div id="large"><figcaption></figcaption><nav id="steps"></nav><div class="pic"></div></div>
<script>
"use strict";
let lang = "en", state = null, open = null, step = 0; // step: the step file shown large, 0 the whole
const shown = new Map(); // name → key of the SVG on show
const $ = (id) => document.getElementById(id);

async function svgText(name, key, k) {
  const file = k ? name + ".step-" + k : name;
  const r = await fetch("/svg/" + lang + "/" + encodeURIComponent(file) + ".svg?v=" + key);
  return r.ok ? r.text() : "";
}

// stepButtons lets the large view show each build step of d, or the whole.
function stepButtons(d) {
  const nav = $("steps");
  nav.replaceChildren();
  if (!d || !d.steps) { step = 0; return; }
  step = Math.min(step, d.steps);
  nav.append("steps:");
  for (let k = 0; k <= d.steps; k++) {
    const b = document.createElement("button");
    b.textContent = k ? String(k) : "all";
    b.className = k === step ? "on" : "";
    b.onclick = (e) => { e.stopPropagation(); step = k; enlarge(open); };
    nav.append(b);
  }
}

function langButtons() {
  const box = $("langs");
  box.replaceChildren();
  if (state.langs.length < 2) return;
  for (const l of state.langs) {
    const b = document.createElement("button");
    b.textContent = l;
    b.className = l === lang ? "on" : "";
    b.onclick = () => { lang = l; shown.clear(); render(); };
    box.append(b);
  }
}

async function render() {
  if (!state.langs.includes(lang)) lang = state.langs[0] || "en";
  langButtons();
  $("problem").textContent = state.problem;
  const list = state.diagrams[lang] || [];
  const gallery = $("gallery");
  const names = new Set(list.map((d) => d.name));
  for (const fig of [...gallery.children]) if (!names.has(fig.dataset.name)) { fig.remove(); shown.delete(fig.dataset.name); }
  const loads = [];
  for (const d of list) {
    let fig = gallery.querySelector('figure[data-name="' + CSS.escape(d.name) + '"]');
    if (!fig) {
      fig = document.createElement("figure");
      fig.dataset.name = d.name;
      fig.innerHTML = '<div class="pic"></div><figcaption></figcaption><pre class="error"></pre>';
      fig.onclick = () => enlarge(d.name);
    }
    gallery.append(fig); // keeps source order
    fig.querySelector("figcaption").textContent = d.file;
    fig.querySelector("pre.error").textContent = d.error;
    fig.classList.toggle("bad", d.error !== "");
    if (!d.error && shown.get(d.name) !== d.key) {
      shown.set(d.name, d.key);
      const pic = fig.querySelector(".pic");
      loads.push(svgText(d.name, d.key).then((t) => { pic.innerHTML = t; }));
    }
  }
  const version = "v" + state.version;
  $("status").textContent = (loads.length ? "drawing… · " : "updated " + new Date().toLocaleTimeString() + " · ") + version;
  await Promise.all(loads); // every SVG at once, not one after the other
  if (open) enlarge(open);
  $("status").textContent = "updated " + new Date().toLocaleTimeString() + " · " + version;
}

async function enlarge(name) {
  const fig = $("gallery").querySelector('figure[data-name="' + CSS.escape(name) + '"]');
  if (!fig) return;
  if (open !== name) step = 0;
  open = name;
  const d = (state.diagrams[lang] || []).find((e) => e.name === name);
  stepButtons(d && !d.error ? d : null);
  const big = $("large");
  big.querySelector("figcaption").textContent = fig.querySelector("figcaption").textContent;
  big.querySelector(".pic").innerHTML = step ? await svgText(name, d.key, step) : fig.querySelector(".pic").innerHTML;
  big.classList.add("open");
}
$("large").onclick = () => { open = null; step = 0; $("large").classList.remove("open"); };

async function refresh() {
  const r = await fetch("/state");
  state = await r.json();
  await render();
}

refresh().catch((e) => { $("status").textContent = "error: " + e; }); // paint at once
const events = new EventSource("/events");
events.onmessage = () => refresh().catch((e) => { $("status").textContent = "error: " + e; });
events.onerror = () => { $("status").textContent = "disconnected; retrying…"; };
</script>
</body></html>
`
