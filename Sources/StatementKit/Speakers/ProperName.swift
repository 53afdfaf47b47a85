/// Made once per distinct phrase, by the parser, and then only read.
final class ProperName {
    let name: String
    /// The name lowercased, which the cast looks names up by: worked out once per phrase (the
    /// memo of phrases keeps it) rather than at every mention, and hashed then.
    let key: NameKey
    /// The name and the surface as written, as the cast is offered them as aliases.
    let nameKey: NameKey
    private(set) var surfaceKey: NameKey
    var role: String? { didSet { roleLength = role?.unicodeScalars.count ?? 0 } }
    /// The role's length in scalars (characters would need grapheme breaking): a longer role
    /// replaces a shorter one.
    private(set) var roleLength: Int
    var kind: Speaker.Kind
    /// The whole mention as written, kept as an alias.
    var surface: String { didSet { surfaceKey = NameKey(surface) } }
    var gender: Gender
    /// The number the memo of phrases gave the phrase this was parsed from (nil when it was
    /// parsed without one): the cast tells a mention it has already taken in by this number,
    /// instead of hashing its strings again.
    var phrase: Int?

    init(name: String, role: String?, kind: Speaker.Kind, surface: String, gender: Gender) {
        self.name = name
        self.key = NameKey(name.lowercased())
        self.nameKey = NameKey(name)
        self.surfaceKey = NameKey(surface)
        self.role = role
        self.roleLength = role?.unicodeScalars.count ?? 0
        self.kind = kind
        self.surface = surface
        self.gender = gender
    }

    /// "ATTORNEY GENERAL ALBERTO R. GONZALES": the person after the last title, in the body's case.
    static func person(inCapitals text: String) -> ProperName? {
        guard !text.contains(where: \.isLowercase), text.contains(where: \.isUppercase) else { return nil }
        let words = text.split(separator: " ")
        guard let lastTitle = words.lastIndex(where: Lexicon.isPostOrRoleWord), lastTitle + 1 < words.count else { return nil }
        func cased(_ word: Substring) -> String {
            // "JOHN" → "John", "F." stays, "AL-SAID" → "Al-Said".
            word.split(separator: "-", omittingEmptySubsequences: false).map { part in
                part.count <= 2 && part.hasSuffix(".") ? String(part) : part.prefix(1) + part.dropFirst().lowercased()
            }.joined(separator: "-")
        }
        let name = words[(lastTitle + 1)...].map(cased).joined(separator: " ")
        let honorifics: Set<String> = ["mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "miss"]
        let roleWords = words[...lastTitle].filter { !honorifics.contains($0.lowercased()) }
        let role = roleWords.isEmpty ? nil : roleWords.map(cased).joined(separator: " ")
        return ProperName(name: name, role: role, kind: .person, surface: text, gender: .unknown)
    }
}
