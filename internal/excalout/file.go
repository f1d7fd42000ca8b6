package excalout

// The JSON document, field by field in the order Excalidraw writes them.

// File is a whole scene file.
type File struct {
	Type     string              `json:"type"`
	Version  int                 `json:"version"`
	Source   string              `json:"source"`
	Elements []Element           `json:"elements"`
	AppState AppState            `json:"appState"`
	Files    map[string]FileData `json:"files"`
}

// AppState is the part of Excalidraw's editor state a saved file keeps.
type AppState struct {
	GridSize            int    `json:"gridSize"`
	GridStep            int    `json:"gridStep"`
	GridModeEnabled     bool   `json:"gridModeEnabled"`
	ViewBackgroundColor string `json:"viewBackgroundColor"`
}

// FileData is one embedded file (a picture), by its id.
type FileData struct {
	MimeType string `json:"mimeType"`
	ID       string `json:"id"`
	DataURL  string `json:"dataURL"`
	Created  int64  `json:"created"`
}

// Element is one element: the fields every type has, then the embedded
// fields of its type (a nil pointer writes nothing).
type Element struct {
	ID              string         `json:"id"`
	Type            string         `json:"type"`
	X               float64        `json:"x"`
	Y               float64        `json:"y"`
	Width           float64        `json:"width"`
	Height          float64        `json:"height"`
	Angle           float64        `json:"angle"`
	StrokeColor     string         `json:"strokeColor"`
	BackgroundColor string         `json:"backgroundColor"`
	FillStyle       string         `json:"fillStyle"`
	StrokeWidth     float64        `json:"strokeWidth"`
	StrokeStyle     string         `json:"strokeStyle"`
	Roughness       float64        `json:"roughness"`
	Opacity         float64        `json:"opacity"`
	GroupIDs        []string       `json:"groupIds"`
	FrameID         *string        `json:"frameId"`
	Index           string         `json:"index"`
	Roundness       *Roundness     `json:"roundness"`
	Seed            int64          `json:"seed"`
	Version         int            `json:"version"`
	VersionNonce    int64          `json:"versionNonce"`
	IsDeleted       bool           `json:"isDeleted"`
	BoundElements   []BoundElement `json:"boundElements"`
	Updated         int64          `json:"updated"`
	Link            *string        `json:"link"`
	Locked          bool           `json:"locked"`
	// Points are a line's, an arrow's or a pencil stroke's points,
	// relative to X and Y (the first is [0, 0]).
	Points [][2]float64 `json:"points,omitempty"`
	*TextProps
	*LinearProps
	*ArrowProps
	*LineProps
	*FreedrawProps
	*ImageProps
}

// Roundness rounds a shape's corners or a line's turns; Type is one of
// Excalidraw's algorithms (2 proportional, 3 adaptive), Value a radius.
type Roundness struct {
	Type  int     `json:"type"`
	Value float64 `json:"value,omitempty"`
}

// BoundElement names an arrow or a text bound to a shape.
type BoundElement struct {
	ID   string `json:"id"`
	Type string `json:"type"`
}

// TextProps are a text element's own fields.
type TextProps struct {
	Text          string  `json:"text"`
	FontSize      float64 `json:"fontSize"`
	FontFamily    int     `json:"fontFamily"`
	TextAlign     string  `json:"textAlign"`
	VerticalAlign string  `json:"verticalAlign"`
	ContainerID   *string `json:"containerId"`
	OriginalText  string  `json:"originalText"`
	AutoResize    bool    `json:"autoResize"`
	LineHeight    float64 `json:"lineHeight"`
}

// LinearProps are a line's and an arrow's own fields.
type LinearProps struct {
	StartBinding   *Binding `json:"startBinding"`
	EndBinding     *Binding `json:"endBinding"`
	StartArrowhead *string  `json:"startArrowhead"`
	EndArrowhead   *string  `json:"endArrowhead"`
}

// ArrowProps are an arrow's own fields.
type ArrowProps struct {
	Elbowed bool `json:"elbowed"`
}

// LineProps are a line's own fields: Polygon closes and fills it.
type LineProps struct {
	Polygon bool `json:"polygon"`
}

// Binding ties an arrow's end to a shape: FixedPoint is where on the
// shape's box it points (fractions of its width and height). Focus and Gap
// are the older binding's fields, for readers from before fixed points.
type Binding struct {
	ElementID  string     `json:"elementId"`
	Focus      float64    `json:"focus"`
	Gap        float64    `json:"gap"`
	FixedPoint [2]float64 `json:"fixedPoint"`
	Mode       string     `json:"mode"`
}

// FreedrawProps are a pencil stroke's own fields.
type FreedrawProps struct {
	Pressures        []float64     `json:"pressures"`
	SimulatePressure bool          `json:"simulatePressure"`
	StrokeOptions    StrokeOptions `json:"strokeOptions"`
}

// StrokeOptions tune how a pencil stroke's width varies.
type StrokeOptions struct {
	Variability string  `json:"variability"`
	Streamline  float64 `json:"streamline"`
}

// ImageProps are an image's own fields.
type ImageProps struct {
	FileID *string    `json:"fileId"`
	Status string     `json:"status"`
	Scale  [2]float64 `json:"scale"`
	Crop   *struct{}  `json:"crop"`
}
