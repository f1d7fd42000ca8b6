// Package svgpic draws an SVG picture file (a diagram's image = "x.svg")
// for the backends that cannot embed one, PNG and PDF: it reads the
// file's shapes into placed vector paths with their paints
// (internal/canvas Paths), which the backend draws as it draws the
// sketch's own.
//
// What is drawn: path, rect, circle, ellipse, line, polyline and polygon,
// in g groups, with transform, fill, stroke, stroke-width, fill-rule,
// stroke-linecap, stroke-linejoin, stroke-miterlimit, a dash of one or
// two lengths, opacity, fill-opacity and stroke-opacity, color and
// currentColor, display and visibility, as attributes or in a style
// attribute; the root's width, height, viewBox and preserveAspectRatio
// place the drawing in the picture's box as a browser's <image> does.
// title, desc, metadata, defs and symbol draw nothing, and elements of
// other namespaces (an editor's own, such as Inkscape's) are skipped, as
// browsers skip them.
//
// What is not: text, pictures inside the picture, use, gradients and
// patterns, filters, masks, clip paths, markers and CSS style sheets.
// Paths says so, with the file, the line and column of the element or
// attribute, and what to do instead, rather than draw a picture with
// parts missing.
//
// Two approximations, said in docs/OUTPUT.md: a group's opacity fades
// each of its shapes (a browser fades the group as one, which differs
// where its shapes overlap), and shapes outside the viewBox are not
// clipped.
package svgpic
