import Portal
import World

/// Everything fixed about one simulated person: drawn from their own random stream, so the
/// same seed gives the same person whatever else changes, and nothing needs storing.
struct PersonTraits: Sendable, GeneratedAccountText {
    let index: Int
    let isForeigner: Bool
    let profile: Profile
    let secondFactor: SecondFactor
    let verification: Verification
    let language: Language
    /// On a shared or public computer: the address and device are not their own.
    let usesSharedComputer: Bool
    /// Their own devices (1 to 3).
    let deviceCount: Int
    let givenName: String
    let familyName: String
    let mailDomain: String

    /// The person at `index` of a population drawn with `seed` under `spec`.
    init(index: Int, seed: UInt64, spec: PopulationSpec) {
        var random = RandomStream.Family(seed: seed, mixedKey: Self.streamKey).stream(UInt64(index))
        self.index = index
        let facts: Facts
        (isForeigner, facts) = Self.drawFacts(&random, spec: spec)
        profile = facts.profile
        secondFactor = facts.secondFactor
        verification = facts.verification
        language = facts.language
        usesSharedComputer = facts.usesSharedComputer
        deviceCount = facts.deviceCount
        let given = isForeigner ? PersonNames.foreignGiven : PersonNames.indonesianGiven
        let family = isForeigner ? PersonNames.foreignFamily : PersonNames.indonesianFamily
        givenName = given[Int(random.next(below: UInt64(given.count)))]
        familyName = family[Int(random.next(below: UInt64(family.count)))]
        mailDomain = PersonNames.mailDomains[Int(random.next(below: UInt64(PersonNames.mailDomains.count)))]
    }

    /// The "person" streams' name, hashed and mixed once (`RandomStream.Family`): the same
    /// draws as `RandomStream(seed:name:"person"entity:)` (the run's `streams.person`), without
    /// hashing the name for every person drawn again.
    private static let streamKey = RandomStream.Family.mixedKey("person")

    /// The first draws of a person's stream: whether they are a foreigner, and their facts.
    /// Shared by the full traits and by a run's set-up, which needs only these, for every person.
    /// Inlined, so that a caller that asks only whether the person is a foreigner (the first
    /// draw) does not make the other eight.
    @inline(__always)
    static func drawFacts(_ random: inout RandomStream, spec: PopulationSpec) -> (isForeigner: Bool, facts: Facts) {
        let isForeigner = random.chance(spec.foreigners)
        // Cumulative shares, not `pick(from:)`: no array per person, millions of times.
        let shares = spec.profiles
        let draw = random.nextUnitDouble() * (shares.careful + shares.forgetful + shares.typoProne + shares.impatient)
        let profile: Profile = draw < shares.careful ? .careful
            : draw < shares.careful + shares.forgetful ? .forgetful
            : draw < shares.careful + shares.forgetful + shares.typoProne ? .typoProne : .impatient
        let secondFactor: SecondFactor = random.chance(spec.secondFactor) ? (random.chance(spec.smsShare) ? .sms : .email) : .none
        let verification: Verification = random.chance(spec.unverified) ? (random.chance(0.5) ? .pending : .unverified) : .verified
        let language: Language = isForeigner ? (random.chance(0.9) ? .english : .indonesian)
            : (random.chance(0.97) ? .indonesian : .english)
        let usesSharedComputer = random.chance(spec.sharedComputers)
        let deviceCount = 1 + Int(random.next(below: 3))
        return (isForeigner, Facts(profile: profile, secondFactor: secondFactor, verification: verification, language: language,
                                   usesSharedComputer: usesSharedComputer, deviceCount: deviceCount))
    }

    /// `ani.wijaya.482`: the index at the end makes it unique and lets a username be looked up.
    var username: String { Self.text(of: writeUsername(to:)) }

    /// `ani.wijaya.482@mail.example`.
    var email: String { Self.text(of: writeEmail(to:)) }

    /// Mobile operators' prefixes after `+628`.
    static let operators = ["11", "12", "13", "21", "22", "52", "53", "55", "56", "57", "58", "77", "78", "81", "82", "95"]

    /// A mobile number unique to the person: `+628` then a two-digit operator prefix and eight digits.
    var phone: String { Self.text(of: writePhone(to:)) }

    /// The primary identity document: a NIK for a citizen, a passport for a foreigner; unique
    /// per person by construction (the index is encoded in it).
    var document: IdentityDocument.DocumentType { isForeigner ? .passport : .nik }

    /// The document number (see `document`).
    var documentNumber: String { Self.text(of: writeDocumentNumber(to:)) }

    /// A passport number's first letter, by the block of ten million people its holder is in.
    static let passportLetters = Array("ABCEFGHKLMNPRSTX".utf8)

    // Each text is written once, as bytes (`GeneratedAccountText`): the world's million rows
    // are written straight into a batch (`appendRow`), the getters above make a `String` of the
    // same bytes.

    private static func text(of write: (inout [UInt8]) -> Void) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(48)
        write(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func writeUsername(to text: inout [UInt8]) {
        text.appendUTF8(givenName)
        text.append(UInt8(ascii: "."))
        text.appendUTF8(familyName)
        text.append(UInt8(ascii: "."))
        text.appendDecimal(index)
    }

    func writeEmail(to text: inout [UInt8]) {
        writeUsername(to: &text)
        writeMailDomain(to: &text)
    }

    /// `@` and the mail domain: what the address adds to the username.
    private func writeMailDomain(to text: inout [UInt8]) {
        text.append(UInt8(ascii: "@"))
        text.appendUTF8(mailDomain)
    }

    func writePhone(to text: inout [UInt8]) {
        text.appendUTF8("+628")
        text.appendUTF8(Self.operators[index % Self.operators.count])
        text.appendDecimal(index / Self.operators.count, digits: 8)
    }

    func writeDocumentNumber(to text: inout [UInt8]) {
        if isForeigner {
            text.append(Self.passportLetters[(index / 10_000_000) % Self.passportLetters.count])
            text.appendDecimal(index % 10_000_000, digits: 7)
            return
        }
        // Region, then a birth date (DDMMYY, day + 40 for about half), then a serial: the
        // serial and the date/region choice together encode the index, so no two collide.
        let serial = index % 10_000
        let rest = index / 10_000
        let region = PersonNames.regions[rest % PersonNames.regions.count]
        let dayOfCentury = rest / PersonNames.regions.count
        let day = 1 + dayOfCentury % 28
        let month = 1 + (dayOfCentury / 28) % 12
        let year = 60 + (dayOfCentury / 336) % 40
        let isWoman = (index / 7) % 2 == 1
        text.appendUTF8(region)
        text.appendDecimal(isWoman ? day + 40 : day, digits: 2)
        text.appendDecimal(month, digits: 2)
        text.appendDecimal(year % 100, digits: 2)
        text.appendDecimal(serial, digits: 4)
    }

    /// The account for this person in the world (nil only if a generated name broke the rules,
    /// which the name lists rule out).
    func account(id: AccountID, createdAt: Instant) -> Account? {
        guard let username = try? Username(username), let email = try? EmailAddress(email),
              let phone = try? PhoneNumber(phone),
              let document = try? IdentityDocument(type: document, number: documentNumber) else { return nil }
        return Account(id: id, username: username, email: email, phone: phone, kind: isForeigner ? .foreigner : .citizen,
                       documents: [document], language: language, secondFactor: secondFactor, verification: verification,
                       createdAt: createdAt)
    }

    /// The same account as `account(id:createdAt:)`, without checking its parts again (they are
    /// valid by construction; `RecordAndPopulationTests` compares the two): a reset needs the
    /// account, and the checks cost more than the rest of the reset.
    ///
    /// Its four texts are spelled in one byte buffer, the address after the username it starts
    /// with, rather than a buffer each and the username twice: about 4,600 instructions a
    /// reset rather than 7,000 (callgrind, 100 k users × 7 days: 21 M → 14 M).
    func knownAccount(id: AccountID, createdAt: Instant) -> Account {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(48)
        writeUsername(to: &bytes)
        let username = String(decoding: bytes, as: UTF8.self)
        writeMailDomain(to: &bytes)
        let email = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        writePhone(to: &bytes)
        let phone = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        writeDocumentNumber(to: &bytes)
        let documentNumber = String(decoding: bytes, as: UTF8.self)
        return Account(id: id, username: .known(username), email: .known(email), phone: .known(phone),
                       kind: isForeigner ? .foreigner : .citizen, documents: [.known(type: document, number: documentNumber)],
                       language: language, secondFactor: secondFactor, verification: verification, createdAt: createdAt)
    }

    /// Appends the account's row for the world to `accounts`, without validating each part
    /// again (they are valid by construction; `RecordAndPopulationTests` checks the world's
    /// accounts against the portal's own validators).
    func appendRow(to accounts: inout GeneratedAccounts, id: AccountID, createdAt: Instant, state: PersonState) {
        accounts.append(
            id: id, kind: isForeigner ? .foreigner : .citizen, language: language, secondFactor: secondFactor,
            verification: verification, createdAt: createdAt,
            lastLoginAt: Instant(storedMilliseconds: state.lastLoginAt),
            isStepUpDue: state.has(.stepUpDue), documentType: document, text: self)
    }

    /// The person whose phone is `number`, when one in the population has it.
    static func index(ofPhone number: String, spec: PopulationSpec) -> Int? {
        guard number.hasPrefix("+628"), number.count == 14,
              let prefix = operators.firstIndex(of: String(number.dropFirst(4).prefix(2))),
              let rest = Int(number.suffix(8)) else { return nil }
        let index = rest * operators.count + prefix
        return index < spec.users ? index : nil
    }

    /// The person who holds `document`, when one in the population does.
    static func index(ofDocument document: IdentityDocument, seed: UInt64, spec: PopulationSpec) -> Int? {
        // Numbers encode their holder's index; try the index each form implies, and confirm.
        var candidates: [Int] = []
        let number = document.number
        switch document.type {
        case .passport:
            if let first = number.utf8.first, let block = passportLetters.firstIndex(of: first), let rest = Int(number.dropFirst()) {
                candidates.append(block * 10_000_000 + rest)
            }
        case .nik:
            guard let serial = Int(number.suffix(4)) else { return nil }
            // The region and birth date give `rest`; recover it by trying the date fields.
            let digits = Array(number)
            guard digits.count == 16, let region = PersonNames.regions.firstIndex(of: String(digits[0..<6])),
                  var day = Int(String(digits[6..<8])), let month = Int(String(digits[8..<10])),
                  let year = Int(String(digits[10..<12])) else { return nil }
            if day > 40 { day -= 40 }
            let dayOfCentury = (day - 1) + 28 * ((month - 1) + 12 * (year - 60))
            let rest = dayOfCentury * PersonNames.regions.count + region
            candidates.append(rest * 10_000 + serial)
        case .kitas, .kitap:
            return nil
        }
        return candidates.first { index in
            index >= 0 && index < spec.users && {
                let traits = PersonTraits(index: index, seed: seed, spec: spec)
                return traits.document == document.type && traits.documentNumber == number
            }()
        }
    }

    /// The person a population username names, or nil when it names no one in a population of `users`.
    static func index(ofUsername username: String, seed: UInt64, spec: PopulationSpec) -> Int? {
        guard let last = username.split(separator: ".").last, let index = Int(last), index >= 0, index < spec.users,
              PersonTraits(index: index, seed: seed, spec: spec).username == username else { return nil }
        return index
    }
}
