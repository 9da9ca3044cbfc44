/**
 * Stage 1: files become pages. {@link examgrader.ingest.InputFiles#expand} turns the paths a user
 * gave into candidate files and rejections; {@link examgrader.ingest.Ingestor#open} validates one
 * file (empty, mislabelled, damaged, encrypted, oversized: an {@link examgrader.ingest.IngestException}
 * with a one-line reason) and returns a {@link examgrader.ingest.ScriptSource} whose
 * {@link examgrader.ingest.Page}s are produced on demand: typed text where the file has it, a grey
 * image otherwise.
 */
package examgrader.ingest;
