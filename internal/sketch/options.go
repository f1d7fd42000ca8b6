package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// Options tunes a Pen. The names and meanings follow rough.js; zero values of
// the fields documented so are replaced by rough.js's defaults when the Pen is
// made, so a literal Options{Roughness: 1} works.
type Options struct {
	// Roughness scales every random offset; 0 draws clean geometry with a
	// single exact stroke.
	Roughness float64
	// Bowing bends straight lines sideways, in proportion to their length.
	Bowing float64
	// StrokeWidth of outlines; zero means 1. It sets the default hachure gap
	// and fill weight.
	StrokeWidth float64
	// MaxRandomnessOffset bounds the jitter of line ends and control points
	// (before scaling by Roughness); zero means 2.
	MaxRandomnessOffset float64
	// CurveFitting is how closely ellipses keep their radii; zero means 0.95.
	CurveFitting float64
	// CurveTightness of curves through points (0 is Catmull-Rom).
	CurveTightness float64
	// CurveStepCount is the minimum number of points on an ellipse; zero
	// means 9.
	CurveStepCount float64
	// Fill is the pattern FillPolygon and FillEllipse paint; "" means solid.
	Fill scene.FillStyle
	// HachureAngle of fill lines, in degrees (used as given: 0 is a valid
	// angle here; OptionsFor maps a style's 0 to -41).
	HachureAngle float64
	// HachureGap between fill lines; zero means 4×StrokeWidth, at least 4.
	HachureGap float64
	// FillWeight is the width of fill lines and dots; zero means
	// StrokeWidth/2.
	FillWeight float64
	// DisableMultiStroke draws each outline once instead of twice.
	DisableMultiStroke bool
	// DisableMultiStrokeFill draws each fill line once instead of twice.
	DisableMultiStrokeFill bool
	// PreserveVertices keeps the ends of lines and curves exactly in place,
	// so that open paths meet their arrowheads.
	PreserveVertices bool
}

// Default values, as rough.js and Excalidraw use them.
const (
	defaultHachureAngle = -41
	defaultMaxOffset    = 2
	defaultCurveFitting = 0.95
	defaultCurveSteps   = 9
)

// OptionsFor maps an item's style to pen options. Dashed and dotted strokes
// get a single stroke (see the package doc); a style's zero hachure angle,
// gap and fill weight become the defaults; an empty fill style is solid.
func OptionsFor(st scene.Style) Options {
	o := Options{
		Roughness:    st.Roughness,
		Bowing:       st.Bowing,
		StrokeWidth:  st.StrokeWidth,
		Fill:         st.FillStyle,
		HachureAngle: st.HachureAngle,
		HachureGap:   st.HachureGap,
		FillWeight:   st.FillWeight,
	}
	if o.HachureAngle == 0 {
		o.HachureAngle = defaultHachureAngle
	}
	if st.Dash == scene.Dashed || st.Dash == scene.Dotted {
		o.DisableMultiStroke = true
	}
	return o.resolved()
}

// resolved replaces zero fields by their defaults, so that the drawing code
// never has to ask.
func (o Options) resolved() Options {
	if o.StrokeWidth <= 0 {
		o.StrokeWidth = 1
	}
	if o.MaxRandomnessOffset <= 0 {
		o.MaxRandomnessOffset = defaultMaxOffset
	}
	if o.CurveFitting <= 0 {
		o.CurveFitting = defaultCurveFitting
	}
	if o.CurveStepCount <= 0 {
		o.CurveStepCount = defaultCurveSteps
	}
	if o.HachureGap <= 0 {
		o.HachureGap = math.Max(4, 4*o.StrokeWidth)
	}
	if o.FillWeight <= 0 {
		o.FillWeight = o.StrokeWidth / 2
	}
	if o.Fill == "" {
		o.Fill = scene.FillSolid
	}
	if o.Roughness < 0 {
		o.Roughness = 0
	}
	return o
}
