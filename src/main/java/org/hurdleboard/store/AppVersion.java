package org.hurdleboard.store;

/** Which build of the app wrote a file; recorded in each session file it creates. */
final class AppVersion {
    static final String NAME_AND_VERSION = "Hurdle Board " + version();

    private AppVersion() {
    }

    private static String version() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
