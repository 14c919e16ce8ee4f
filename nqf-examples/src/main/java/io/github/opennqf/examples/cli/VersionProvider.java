package io.github.opennqf.examples.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = OpenNqfCommand.class.getPackage().getImplementationVersion();
        return new String[] {"opennqf " + (v == null ? "development" : v)};
    }
}
