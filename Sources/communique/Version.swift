/// The one place the version is written: `communique --version`, the man page's footer
/// and the Makefile read it from here.
enum CommuniqueVersion {
    static let current = "0.1.0"
}
