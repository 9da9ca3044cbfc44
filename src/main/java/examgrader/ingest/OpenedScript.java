package examgrader.ingest;

import java.nio.file.Path;

/**
 * What every opened script file knows about itself once validated: which file, what kind, its
 * hash and its page count. The kinds differ only in how a page is made.
 */
abstract class OpenedScript implements ScriptSource {
    protected final Path file;
    protected final String sha256;
    protected final int pageCount;
    private final FileKind kind;

    OpenedScript(Path file, FileKind kind, String sha256, int pageCount) {
        this.file = file;
        this.kind = kind;
        this.sha256 = sha256;
        this.pageCount = pageCount;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public FileKind kind() {
        return kind;
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public int pageCount() {
        return pageCount;
    }
}
