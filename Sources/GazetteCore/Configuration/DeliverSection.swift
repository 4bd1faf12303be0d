import Foundation

/// `deliver:` in gazette.yml.
struct DeliverSection: Decodable {
    var configuration = DeliveryConfiguration()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case targets, email, retry, timeoutSeconds, connectTimeoutSeconds, concurrency, caFile
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        configuration.targets = try container.decodeIfPresent([TargetSection].self, forKey: .targets)?.map(\.target) ?? []
        let names = configuration.targets.map(\.name)
        if let duplicate = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw DecodingError.dataCorruptedError(forKey: .targets, in: container,
                                                   debugDescription: "two targets are named '\(duplicate)'; names must be unique")
        }
        configuration.email = try container.decodeIfPresent(EmailSection.self, forKey: .email)?.target
        if let email = configuration.email, names.contains(email.name) {
            throw DecodingError.dataCorruptedError(forKey: .email, in: container,
                                                   debugDescription: "a webhook target is also named '\(email.name)'; rename one")
        }
        configuration.retry = try container.decodeIfPresent(RetrySection.self, forKey: .retry)?.policy ?? configuration.retry
        configuration.timeout = try Self.seconds(container, .timeoutSeconds) ?? configuration.timeout
        configuration.connectTimeout = try Self.seconds(container, .connectTimeoutSeconds) ?? configuration.connectTimeout
        if let concurrency = try container.decodeIfPresent(Int.self, forKey: .concurrency) {
            try require(concurrency >= 1, .concurrency, in: container, "must be at least 1")
            configuration.concurrency = concurrency
        }
        configuration.certificateAuthorityFile = try container.decodeIfPresent(String.self, forKey: .caFile)
    }

    static func seconds<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> Duration? {
        guard let value = try container.decodeIfPresent(Double.self, forKey: key) else { return nil }
        try require(value > 0, key, in: container, "must be a positive number of seconds")
        return .milliseconds(Int(value * 1000))
    }
}

/// One entry of `deliver.targets`.
private struct TargetSection: Decodable {
    var target: WebhookTarget

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, kind, url, secret, themes
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .name)
        try require(!name.trimmingCharacters(in: .whitespaces).isEmpty, .name, in: container, "must not be empty")
        let kindName = try container.decode(String.self, forKey: .kind)
        guard let kind = WebhookKind(rawValue: kindName.lowercased()) else {
            let known = WebhookKind.allCases.map(\.rawValue)
            let hint = EditDistance.closest(to: kindName, in: known).map { "did you mean '\($0)'? " } ?? ""
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription:
                "'\(kindName)' is not a webhook kind; \(hint)use one of \(known.joined(separator: ", "))")
        }
        let themes = try container.decodeIfPresent([String].self, forKey: .themes)?.map(Theme.init)
        target = WebhookTarget(name: name, kind: kind, url: ConfiguredValue(try container.decode(String.self, forKey: .url)),
                               secret: try container.decodeIfPresent(String.self, forKey: .secret).map(ConfiguredValue.init),
                               themes: themes)
    }
}

/// `deliver.email`.
private struct EmailSection: Decodable {
    var target: EmailTarget

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, server, username, password, from, to
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        target = EmailTarget(
            name: try container.decodeIfPresent(String.self, forKey: .name) ?? "email",
            server: ConfiguredValue(try container.decode(String.self, forKey: .server)),
            username: try container.decodeIfPresent(String.self, forKey: .username).map(ConfiguredValue.init),
            password: try container.decodeIfPresent(String.self, forKey: .password).map(ConfiguredValue.init),
            sender: try container.decodeIfPresent(String.self, forKey: .from),
            recipients: try container.decodeIfPresent([String].self, forKey: .to) ?? [])
    }
}

/// `deliver.retry`.
private struct RetrySection: Decodable {
    var policy = RetryPolicy()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case maxAttempts, initialDelaySeconds, maxDelaySeconds, deadlineSeconds
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let attempts = try container.decodeIfPresent(Int.self, forKey: .maxAttempts) {
            try require(attempts >= 1, .maxAttempts, in: container, "must be at least 1")
            policy.maxAttempts = attempts
        }
        policy.initialDelay = try DeliverSection.seconds(container, .initialDelaySeconds) ?? policy.initialDelay
        policy.maxDelay = try DeliverSection.seconds(container, .maxDelaySeconds) ?? policy.maxDelay
        policy.deadline = try DeliverSection.seconds(container, .deadlineSeconds) ?? policy.deadline
    }
}
