import Foundation

// The ingest cache's byte format (see `BinaryWriter`): a file's report, its articles and its diagnostics, field by
// field in declaration order. Reading it back is several times faster than JSON, which matters when a rebuild
// reuses 100k articles. Change `IngestCache.formatVersion` with any change here.

extension CachedOutcome {
    /// The outcome as bytes.
    func encoded() -> Data {
        var writer = BinaryWriter(capacity: 256 + articles.reduce(0) { $0 + $1.body.utf8.count * 11 / 10 })
        writer.write(IngestCache.formatVersion)
        writer.writeReport(report)
        writer.write(articles.count)
        for index in articles.indices {
            writer.writeArticle(articles[index], keys: keys[index])
        }
        writer.write(diagnostics) { $0.writeDiagnostic($1) }
        return Data(writer.bytes)
    }

    /// Reads what `encoded()` wrote. With `path`, the file's report, diagnostics and articles name that path (how
    /// this run names the file) instead of the stored one, without a copy of each being made to change it.
    init(decoding data: Data, shownAs path: String? = nil) throws(BinaryReader.Malformed) {
        self = try BinaryReader.read(data) { reader throws(BinaryReader.Malformed) in
            guard try reader.readInt() == IngestCache.formatVersion else { throw BinaryReader.Malformed() }
            let report = try reader.readReport(path: path)
            let count = try reader.readCount()
            var (articles, keys) = ([Article](), [ExactDeduplicator.Keys]())
            articles.reserveCapacity(count)
            keys.reserveCapacity(count)
            for _ in 0..<count {
                let (article, articleKeys) = try reader.readArticle(path: path)
                articles.append(article)
                keys.append(articleKeys)
            }
            let outcome = CachedOutcome(
                report: report, articles: articles, keys: keys,
                diagnostics: try reader.readArray { reader throws(BinaryReader.Malformed) in
                    try reader.readDiagnostic(path: path)
                })
            guard reader.isAtEnd else { throw BinaryReader.Malformed() }
            return outcome
        }
    }
}

extension BinaryWriter {
    fileprivate mutating func writeReport(_ report: FileReport) {
        write(report.path)
        write(report.format?.rawValue) { $0.write($1) }
        write(report.encoding?.rawValue) { $0.write($1) }
        write(report.articleCount)
        write(report.isSkipped)
        write(report.size)
    }

    fileprivate mutating func writeDiagnostic(_ diagnostic: Diagnostic) {
        write(diagnostic.severity.rawValue)
        write(diagnostic.path)
        write(diagnostic.line) { $0.write($1) }
        write(diagnostic.message)
    }

    fileprivate mutating func writeArticle(_ article: Article, keys: ExactDeduplicator.Keys) {
        write(article.id.rawValue)
        write(article.title)
        write(article.subtitle) { $0.write($1) }
        write(article.originalTitle) { $0.write($1) }
        write(article.address) { $0.write($1) }
        write(article.source) { writer, source in
            writer.write(source.name)
            writer.write(source.address) { $0.write($1) }
        }
        write(article.author) { $0.write($1) }
        write(article.published) { $0.writeDate($1) }
        write(article.updated) { $0.writeDate($1) }
        write(article.collected.timeIntervalSinceReferenceDate)
        write(article.language.rawValue)
        write(article.tags) { $0.write($1) }
        write(article.categories) { $0.write($1) }
        write(article.summary) { $0.write($1) }
        write(article.body)
        write(article.imageAddress) { $0.write($1) }
        write(article.place) { $0.write($1) }
        write(article.links) { writer, link in
            writer.write(link.address)
            writer.write(link.text)
            writer.write(link.role.rawValue)
        }
        write(article.origin.path)
        write(article.origin.index)
        write(article.origin.line)
        write(article.metrics.characters)
        write(article.metrics.words)
        write(article.metrics.cjkCharacters)
        write(article.metrics.readingMinutes)
        write(article.isDraft)
        writeDigest(keys.contentDigest)
        write(keys.urlDigest) { $0.writeDigest($1) }
    }

    private mutating func writeDigest(_ digest: ContentDigest) {
        for word in [digest.words.first, digest.words.second, digest.words.third, digest.words.fourth] {
            write(Int(Int64(bitPattern: word)))
        }
    }

    private mutating func writeDate(_ date: PublishedDate) {
        write(date.date.timeIntervalSinceReferenceDate)
        write(date.precision.rawValue)
        write(date.utcOffsetSeconds)
        write(date.provenance.rawValue)
    }
}

extension BinaryReader {
    /// The stored path, or `path` in its place.
    private mutating func readPath(_ path: String?) throws(Malformed) -> String {
        guard let path else { return try readString() }
        try skipString()
        return path
    }

    fileprivate mutating func readReport(path: String?) throws(Malformed) -> FileReport {
        FileReport(path: try readPath(path),
                   format: try readOptional { reader throws(Malformed) in try reader.readEnum(DocumentFormat.self) },
                   encoding: try readOptional { reader throws(Malformed) in try reader.readEnum(TextEncoding.self) },
                   articleCount: try readInt(), isSkipped: try readBool(), size: try readInt())
    }

    fileprivate mutating func readDiagnostic(path: String?) throws(Malformed) -> Diagnostic {
        Diagnostic(try readEnum(Diagnostic.Severity.self), path: try readPath(path),
                   line: try readOptional { reader throws(Malformed) in try reader.readInt() },
                   message: try readString())
    }

    fileprivate mutating func readArticle(path: String?) throws(Malformed) -> (Article, ExactDeduplicator.Keys) {
        let article = Article(
            id: ArticleID(rawValue: try readString()),
            title: try readString(),
            subtitle: try readOptionalString(),
            originalTitle: try readOptionalString(),
            address: try readOptionalString(),
            source: try readOptional { reader throws(Malformed) in
                Source(name: try reader.readString(), address: try reader.readOptionalString())
            },
            author: try readOptionalString(),
            published: try readOptional { reader throws(Malformed) in try reader.readDate() },
            updated: try readOptional { reader throws(Malformed) in try reader.readDate() },
            collected: Date(timeIntervalSinceReferenceDate: try readDouble()),
            language: try readEnum(Language.self),
            tags: try readArray { reader throws(Malformed) in try reader.readString() },
            categories: try readArray { reader throws(Malformed) in try reader.readString() },
            summary: try readOptionalString(),
            body: try readString(),
            imageAddress: try readOptionalString(),
            place: try readOptionalString(),
            links: try readArray { reader throws(Malformed) in
                ArticleLink(address: try reader.readString(), text: try reader.readString(),
                            role: try reader.readEnum(ArticleLink.Role.self))
            },
            origin: ArticleOrigin(path: try readPath(path), index: try readInt(), line: try readInt()),
            metrics: TextMetrics(characters: try readInt(), words: try readInt(), cjkCharacters: try readInt(),
                                 readingMinutes: try readInt()),
            isDraft: try readBool()
        )
        let contentDigest = try readDigest()
        let urlDigest = try readOptional { reader throws(Malformed) in try reader.readDigest() }
        let keys = ExactDeduplicator.Keys(contentDigest: contentDigest, urlDigest: urlDigest)
        return (article, keys)
    }

    private mutating func readDigest() throws(Malformed) -> ContentDigest {
        func word(_ value: Int) -> UInt64 { UInt64(bitPattern: Int64(value)) }
        return ContentDigest(word(try readInt()), word(try readInt()), word(try readInt()), word(try readInt()))
    }

    private mutating func readDate() throws(Malformed) -> PublishedDate {
        PublishedDate(date: Date(timeIntervalSinceReferenceDate: try readDouble()),
                      precision: try readEnum(PublishedDate.Precision.self), utcOffsetSeconds: try readInt(),
                      provenance: try readEnum(DateProvenance.self))
    }

    private mutating func readEnum<Value: RawRepresentable<String>>(_ type: Value.Type) throws(Malformed) -> Value {
        guard let value = Value(rawValue: try readString()) else { throw Malformed() }
        return value
    }

    private mutating func readOptionalString() throws(Malformed) -> String? {
        try readOptional { reader throws(Malformed) in try reader.readString() }
    }
}
