// Package spec is the front end: it decodes a diagram's TOML source into a
// validated spec.Diagram, and reports every problem at once as an ErrorList
// whose entries name the file, line and column (file:line:col: message) and,
// for enumerations, the valid choices.
//
// Every enumeration (shapes, fill styles, directions…) is a string type with
// one Enum value listing its choices and aliases; Enums lists them all for
// validation, the JSON schema and the format reference.
//
// spec knows nothing of layout, themes or drawing: colours stay names or hex
// strings until the theme resolves them, and sizes stay optional.
package spec
