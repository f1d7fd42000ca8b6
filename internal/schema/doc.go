// Package schema describes the diagram format as a JSON Schema (draft-07),
// so that editors with TOML schema support (Taplo, Even Better TOML)
// complete and check a diagram's keys, and checks a decoded TOML document
// against it.
//
// The schema is not written by hand: Generate walks spec.Diagram by
// reflection, reading its toml tags, so a key or a kind added to internal/spec
// appears without an edit here. Enumerations take their choices and
// aliases from spec.Enums, the tables decoding and validation read too.
//
// Validate implements the subset of JSON Schema that Generate emits (type,
// properties, additionalProperties, items, enum, pattern, anyOf, $ref), so
// a test can check every diagram against the schema with no dependency.
package schema
