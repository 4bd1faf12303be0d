import Foundation

/// Reads one file into articles: bytes, then text, then format, then articles. Never throws: whatever goes
/// wrong becomes a diagnostic that names the file (and line).
struct FileIngestor: Sendable {
    let options: IngestOptions

    /// The articles of one file and what was noticed on the way.
    struct Outcome: Sendable {
        var report: FileReport
        var articles: [IngestedArticle] = []
        var diagnostics: [Diagnostic] = []
    }

    func ingest(_ file: SourceFile) -> Outcome {
        var outcome = Outcome(report: FileReport(path: file.path, format: nil, encoding: nil, articleCount: 0,
                                                 isSkipped: true, size: 0))
        guard let (text, modified) = readText(file, outcome: &outcome) else { return outcome }
        let lines = TextLines(text)
        let format = FormatDetector().detect(lines)
        let parsed = parse(lines, format: format, path: file.path)
        let normalizer = ArticleNormalizer(readingSpeed: options.readingSpeed)
        outcome.articles = parsed.articles.enumerated().map { offset, article in
            normalizer.normalize(article, file: file, collected: modified, index: offset + 1)
        }
        outcome.diagnostics += parsed.diagnostics
        outcome.report.format = format
        outcome.report.articleCount = outcome.articles.count
        outcome.report.isSkipped = parsed.diagnostics.contains(severity: .error)
        if parsed.articles.isEmpty, !outcome.report.isSkipped {
            outcome.diagnostics.append(Diagnostic(.warning, path: file.path, message: emptyMessage(text)))
        }
        return outcome
    }

    private func emptyMessage(_ text: String) -> String {
        text.isBlank ? "the file is empty; nothing to read" : "the file holds no article (only placeholders)"
    }

    private func parse(_ lines: TextLines, format: DocumentFormat, path: String) -> ParsedFile {
        switch format {
        case .yamlFrontMatter, .tomlFrontMatter, .plainText:
            MarkdownFileParser(path: path, dates: DateParser(timeZone: options.timeZone)).parse(lines, format: format)
        case .compilation:
            CompilationSplitter(path: path).parse(lines)
        case .weChatExport:
            WeChatExportParser(path: path, dates: DateParser(timeZone: options.weChatTimeZone)).parse(lines)
        }
    }

    /// The file's text and modification time, or nil with an error in `outcome` when it cannot be read as text.
    private func readText(_ file: SourceFile, outcome: inout Outcome) -> (String, Date)? {
        let attributes = (try? FileManager.default.attributesOfItem(atPath: file.url.path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = attributes[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
        outcome.report.size = size
        guard size <= options.maximumFileSize else {
            outcome.diagnostics.append(Diagnostic(.error, path: file.path, message: "the file is "
                + "\(Self.megabytes(size)), over the \(Self.megabytes(options.maximumFileSize)) limit; "
                + "split it, or raise the limit (--max-file-size)"))
            return nil
        }
        let data: Data
        do {
            data = try Data(contentsOf: file.url)
        } catch CocoaError.fileReadNoPermission {
            outcome.diagnostics.append(Diagnostic(.error, path: file.path,
                                                  message: "permission denied; let Gazette read it (chmod u+r)"))
            return nil
        } catch {
            outcome.diagnostics.append(Diagnostic(.error, path: file.path,
                                                  message: "cannot read the file: \(error.localizedDescription)"))
            return nil
        }
        return decode(data, file: file, outcome: &outcome).map { ($0, modified) }
    }

    private func decode(_ data: Data, file: SourceFile, outcome: inout Outcome) -> String? {
        switch TextDecoder().decode(data) {
        case .success(let decoded):
            outcome.report.encoding = decoded.encoding
            return decoded.text
        case .failure(.binary):
            outcome.diagnostics.append(Diagnostic(.warning, path: file.path,
                                                  message: "not a text file (it holds binary data); skipped"))
        case .failure(.unknownEncoding):
            outcome.diagnostics.append(Diagnostic(.error, path: file.path, message: "the text is neither UTF-8, "
                + "UTF-16 with a byte order mark, nor GB18030/GBK; save it as UTF-8"))
        }
        return nil
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
