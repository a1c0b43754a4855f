// Step 1 of a full curation reset (rebuild): every relation is about to be deleted, so every article's evidence index
// is emptied. Articles themselves (and their text) stay.
MATCH (a:Article)
SET a.relationIds = [], a.relationSources = []
