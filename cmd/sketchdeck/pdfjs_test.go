package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// pdfjsDir is where Debian's libjs-pdf puts pdf.js.
const pdfjsDir = "/usr/share/javascript/pdf"

// pdfjsPage renders a PDF with pdf.js on a canvas and says what pdf.js
// logged. pdf.worker.js is loaded into the page itself, so pdf.js parses
// on the page's thread (its "fake worker") and every warning it logs, as
// it parses or as it draws, reaches the page's console.
const pdfjsPage = `<!doctype html><meta charset="utf-8">
<script src="/pdfjs/build/pdf.js"></script>
<script src="/pdfjs/build/pdf.worker.js"></script>
<script>
window.pdfLog = [];
for (const k of ["log", "info", "warn", "error"]) {
  const orig = console[k];
  console[k] = (...args) => {
    const msg = args.join(" ");
    if (!msg.includes("Setting up fake worker")) window.pdfLog.push(k + ": " + msg); // the page's own choice
    orig.apply(console, args);
  };
}
pdfjsLib.GlobalWorkerOptions.workerSrc = "/pdfjs/build/pdf.worker.js";
async function renderPDF(url, scale) {
  window.pdfLog = [];
  const doc = await pdfjsLib.getDocument({url: url, verbosity: pdfjsLib.VerbosityLevel.WARNINGS}).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const vp = page.getViewport({scale: scale});
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(vp.width);
    canvas.height = Math.ceil(vp.height);
    await page.render({canvasContext: canvas.getContext("2d"), viewport: vp}).promise;
    pages.push(canvas.toDataURL("image/png"));
  }
  await doc.destroy();
  return JSON.stringify({pages: pages, log: window.pdfLog});
}
</script>`

// TestPDFInBrowser opens every deck diagram's PDF, and that of a diagram
// of SVG pictures (even-odd fills, opacities, caps and joins), with
// pdf.js, the PDF viewer of Firefox, in headless Chromium: pdf.js must
// open it without an error or a warning, and its rendering of each page
// must match pdftoppm's within TestFidelity's bounds.
func TestPDFInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("renders with pdf.js in Chromium, and pdftoppm")
	}
	if _, err := os.Stat(filepath.Join(pdfjsDir, "build", "pdf.js")); err != nil {
		t.Skip("pdf.js is not installed (.ci/run installs libjs-pdf)")
	}
	pdftoppm := lookPdftoppm(t)
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	out := t.TempDir()
	buildOrFail(t, "--format", "pdf", "--out", filepath.Join(out, "deck"), "../../diagrams")
	pdfs, _ := filepath.Glob(filepath.Join(out, "deck", *fidelityRun+".pdf"))
	if len(pdfs) < 30 && *fidelityRun == "*" {
		t.Fatalf("the deck built %d PDFs; want every diagram", len(pdfs))
	}
	src := t.TempDir()
	writePictureDiagram(t, src)
	buildOrFail(t, "--format", "pdf", "--out", filepath.Join(out, "pictures"), src)
	pdfs = append(pdfs, filepath.Join(out, "pictures", "pictures.pdf"))
	// pdftoppm rasterises the PDFs while pdf.js renders them.
	poppler := rasterise(t, ctx, pdftoppm, pdfjsDPI, pdfs)
	mux := http.NewServeMux()
	mux.Handle("/pdfjs/", http.StripPrefix("/pdfjs/", http.FileServer(http.Dir(pdfjsDir))))
	mux.Handle("/out/", http.StripPrefix("/out/", http.FileServer(http.Dir(out))))
	mux.HandleFunc("/page.html", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, pdfjsPage) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	b := startBrowser(t, ctx, srv.URL+"/page.html")
	waitFor(t, ctx, "pdf.js to load", func() (string, bool) {
		v, err := b.eval("typeof renderPDF + ' ' + typeof pdfjsLib + ' ' + document.readyState")
		return v, err == nil && v == "function object complete"
	})
	keep := ""
	if *fidelityOut != "" {
		keep = filepath.Join(*fidelityOut, "pdfjs")
		if err := os.MkdirAll(keep, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for i, file := range pdfs {
		rel, _ := filepath.Rel(out, file)
		name := strings.TrimSuffix(filepath.Base(file), ".pdf")
		pages, log, err := pdfjsRender(b, srv.URL+"/out/"+filepath.ToSlash(rel))
		switch {
		case err != nil:
			t.Errorf("%s: pdf.js cannot open the PDF: %v", name, err)
			continue
		case len(log) > 0:
			t.Errorf("%s: pdf.js logged, opening and drawing the PDF:\n%s", name, strings.Join(log, "\n"))
		case len(pages) != 1:
			t.Errorf("%s: pdf.js sees %d pages; want 1", name, len(pages))
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			ref, ok := <-poppler[i]
			if !ok {
				return
			}
			if keep != "" {
				writePNG(t, filepath.Join(keep, name+".pdfjs.png"), pages[0])
				writePNG(t, filepath.Join(keep, name+".pdftoppm.png"), ref)
			}
			checkFidelityAgainst(t, name, "pdf.js", pages[0], "pdftoppm", ref)
		}()
	}
	wg.Wait()
}

// pdfjsDPI is the resolution both renderings are compared at: a CSS
// pixel each, which keeps the test's time to about a second a PDF (at
// 192 dpi, four times the pixels, it took minutes for the deck on a busy
// machine).
const pdfjsDPI = 96

// pdfjsRender renders a PDF at pdfjsDPI with pdf.js and returns its pages
// and what pdf.js logged.
func pdfjsRender(b *browser, url string) ([]image.Image, []string, error) {
	expr := fmt.Sprintf("renderPDF(%q, %d / 72)", url, pdfjsDPI)
	res, err := b.call("Runtime.evaluate", map[string]any{"expression": expr, "awaitPromise": true, "returnByValue": true})
	if err != nil {
		return nil, nil, err
	}
	var r struct {
		Result           struct{ Value string }
		ExceptionDetails *struct {
			Text      string
			Exception struct{ Description string }
		}
	}
	if err := json.Unmarshal(res, &r); err != nil {
		return nil, nil, err
	}
	if e := r.ExceptionDetails; e != nil {
		return nil, nil, fmt.Errorf("%s %s", e.Text, e.Exception.Description)
	}
	var v struct {
		Pages []string
		Log   []string
	}
	if err := json.Unmarshal([]byte(r.Result.Value), &v); err != nil {
		return nil, nil, err
	}
	var pages []image.Image
	for _, p := range v.Pages {
		data, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(p, "data:image/png;base64,"))
		if err != nil {
			return nil, nil, err
		}
		img, err := decodePNGBytes(data)
		if err != nil {
			return nil, nil, err
		}
		pages = append(pages, img)
	}
	return pages, v.Log, nil
}
