module github.com/sketchdeck/sketchdeck

go 1.24.0

require (
	github.com/BurntSushi/toml v1.6.0
	github.com/ajstarks/svgo v0.0.0-20211024235047-1546f124cd8b
	github.com/goccy/go-graphviz v0.2.10
	github.com/spf13/pflag v1.1.0
	github.com/tetratelabs/wazero v1.10.1
	github.com/yuin/goldmark v1.8.7
	golang.org/x/image v0.21.0
	golang.org/x/net v0.50.0
	golang.org/x/text v0.34.0
)

require (
	github.com/disintegration/imaging v1.6.2 // indirect
	github.com/flopp/go-findfont v0.1.0 // indirect
	github.com/fogleman/gg v1.3.0 // indirect
	github.com/golang/freetype v0.0.0-20170609003504-e2365dfdc4a0 // indirect
)
