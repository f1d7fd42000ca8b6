package i18n

// Memory is a translation memory: for an English text, a current
// translation of it somewhere in the catalog and the entry it comes from.
type Memory map[string]Recall

// Recall is one translation the memory offers.
type Recall struct {
	Text string
	// From is the entry translated so: "diagram/key".
	From string
}

// Memory gathers the catalog's current translations (translated, not
// fuzzy, made from the English the diagram shows now) by English text:
// the same text in another diagram is offered that translation. When one
// English text has several translations, the first in the catalog's
// order is offered. diagrams gives the current texts; an entry of a
// diagram not among them counts when it is translated and not fuzzy.
func (c *Catalog) Memory(diagrams []DiagramTexts) Memory {
	m := Memory{}
	c.recall(diagrams, m)
	return m
}

func (c *Catalog) recall(diagrams []DiagramTexts, m Memory) {
	current := currentSources(diagrams)
	for _, s := range c.Diagrams {
		for _, e := range s.Entries {
			cur, ok := current[s.Name][e.Key]
			if !ok {
				cur = e.Source
			}
			if _, seen := m[cur]; !seen && e.Current(cur) {
				m[cur] = Recall{Text: e.Text, From: s.Name + "/" + e.Key}
			}
		}
	}
}
