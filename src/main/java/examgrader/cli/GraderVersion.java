package examgrader.cli;

import picocli.CommandLine.IVersionProvider;

/** The grader's version as recorded in every mark's provenance (from the jar manifest). */
public final class GraderVersion implements IVersionProvider {
    public static String current() {
        String v = GraderVersion.class.getPackage().getImplementationVersion();
        return "examgrader " + (v == null ? "dev" : v);
    }

    @Override
    public String[] getVersion() {
        return new String[] {current(), "Java " + System.getProperty("java.version")};
    }
}
