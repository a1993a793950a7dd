import JSON
import Portal

extension ScenarioDecoder {
    /// The `population` object: `users` (1 to 50,000,000), the shares `foreigners`,
    /// `secondFactor`, `smsShare`, `unverified` and `sharedComputers` (each 0 to 1), and
    /// `profiles`, whose four shares default to 0 once the object is given and must sum to 1.
    func population(_ reader: inout JSONObjectReader) -> PopulationSpec {
        var spec = PopulationSpec()
        spec.users = reader.integer("users", default: spec.users, in: 1...50_000_000)
        spec.foreigners = reader.double("foreigners", default: spec.foreigners, in: 0...1)
        spec.secondFactor = reader.double("secondFactor", default: spec.secondFactor, in: 0...1)
        spec.smsShare = reader.double("smsShare", default: spec.smsShare, in: 0...1)
        spec.unverified = reader.double("unverified", default: spec.unverified, in: 0...1)
        spec.sharedComputers = reader.double("sharedComputers", default: spec.sharedComputers, in: 0...1)
        if var profiles = reader.object("profiles") {
            let before = issues.count
            var shares = ProfileShares()
            // Given the object, a profile left out is a profile nobody has.
            shares.careful = profiles.double(Profile.careful.name, default: 0, in: 0...1)
            shares.forgetful = profiles.double(Profile.forgetful.name, default: 0, in: 0...1)
            shares.typoProne = profiles.double(Profile.typoProne.name, default: 0, in: 0...1)
            shares.impatient = profiles.double(Profile.impatient.name, default: 0, in: 0...1)
            if issues.count == before {
                checkSum(of: [shares.careful, shares.forgetful, shares.typoProne, shares.impatient], in: profiles)
            }
            profiles.finish()
            spec.profiles = shares
        }
        return spec
    }

    /// The `support` object: `contactProbability` (0 to 1), `agents` (0 to 10,000),
    /// `handleTime`, and `channels`, whose shares `hotline`, `email` and `form` default to 0 once
    /// the object is given and must sum to 1.
    func support(_ reader: inout JSONObjectReader) -> SupportSpec {
        var spec = SupportSpec()
        spec.contactProbability = reader.double("contactProbability", default: spec.contactProbability, in: 0...1)
        spec.agents = reader.integer("agents", default: spec.agents, in: 0...10_000)
        spec.handleTime = duration(&reader, "handleTime", .positive) ?? spec.handleTime
        if var channels = reader.object("channels") {
            let before = issues.count
            var shares = ContactShares()
            shares.hotline = channels.double(ContactChannel.hotline.rawValue, default: 0, in: 0...1)
            shares.email = channels.double(ContactChannel.email.rawValue, default: 0, in: 0...1)
            shares.form = channels.double(ContactChannel.form.rawValue, default: 0, in: 0...1)
            if issues.count == before { checkSum(of: [shares.hotline, shares.email, shares.form], in: channels) }
            channels.finish()
            spec.channels = shares
        }
        return spec
    }
}
