import Foundation

/// Collapses exact duplicates: articles with the same canonical URL, or the same normalized title and body.
///
/// The copy with the richest metadata is kept; fields it lacks are filled from the others, tags and
/// categories are merged, and `collected` is the earliest. Each collapse is reported as a note.
struct ExactDeduplicator {
    /// What an article's copies share with it: the digest of its folded text, or of its canonical URL's key (the
    /// digest its id is cut from). Digests rather than the key itself: they are made on every core, and the one
    /// pass over all articles then hashes a word rather than a URL's text.
    struct Keys {
        var contentDigest: ContentDigest
        var urlDigest: ContentDigest?
    }

    /// What collapsing copies does to a list of articles: the later copies are left out, and the first of each
    /// group with copies is replaced by the group merged.
    struct Collapse {
        /// The positions, in the list, of the copies to leave out.
        var leftOut: Set<Int> = []
        /// The merged article for the position of each group's first member.
        var replacements: [Int: Article] = [:]
        /// One note per group, in the order of their first members.
        var diagnostics: [Diagnostic] = []
    }

    /// How to collapse the copies among the articles whose keys are `keys` (in order). Only the members of groups
    /// with copies are asked for, by `article`: a rebuild passes 100k articles, most without a copy, and the caller
    /// can then move them into its result instead of copying each (which retains and releases some twenty strings).
    func collapse(_ keys: [Keys], article: (Int) -> Article) -> Collapse {
        // A group is its first member's index, and the later members' when it has copies.
        var firstMembers: [Int] = []
        var laterMembers: [Int: [Int]] = [:]
        var groupByDigest: [ContentDigest: Int] = [:]
        var groupByURL: [ContentDigest: Int] = [:]
        groupByDigest.reserveCapacity(keys.count)
        groupByURL.reserveCapacity(keys.count)
        for index in keys.indices {
            let digest = keys[index].contentDigest
            let urlDigest = keys[index].urlDigest
            let group: Int
            if let existing = groupByDigest[digest] ?? urlDigest.flatMap({ groupByURL[$0] }) {
                group = existing
                laterMembers[group, default: []].append(index)
            } else {
                group = firstMembers.count
                firstMembers.append(index)
            }
            groupByDigest[digest] = group
            if let urlDigest { groupByURL[urlDigest] = group }
        }
        var collapse = Collapse()
        for (group, later) in laterMembers.sorted(by: { $0.key < $1.key }) {
            let first = firstMembers[group]
            let copies = ([first] + later).map(article)
            let kept = Self.merge(copies)
            collapse.leftOut.formUnion(later)
            collapse.replacements[first] = kept
            collapse.diagnostics.append(Self.report(kept: kept, group: copies))
        }
        return collapse
    }

    private static func merge(_ group: [Article]) -> Article {
        let ranked = group.enumerated().sorted { lhs, rhs in
            let (left, right) = (richness(lhs.element), richness(rhs.element))
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
        var kept = ranked[0]
        for other in ranked.dropFirst() {
            kept.subtitle = kept.subtitle ?? other.subtitle
            kept.originalTitle = kept.originalTitle ?? other.originalTitle
            kept.url = kept.url ?? other.url
            kept.source = kept.source ?? other.source
            kept.author = kept.author ?? other.author
            kept.published = kept.published ?? other.published
            kept.updated = kept.updated ?? other.updated
            kept.summary = kept.summary ?? other.summary
            kept.image = kept.image ?? other.image
            kept.place = kept.place ?? other.place
            kept.tags = ArticleNormalizer.tidy(kept.tags + other.tags)
            kept.categories = ArticleNormalizer.tidy(kept.categories + other.categories)
            kept.collected = min(kept.collected, other.collected)
        }
        return kept
    }

    /// How many metadata fields an article has.
    private static func richness(_ article: Article) -> Int {
        let fields: [Bool] = [
            article.subtitle != nil, article.originalTitle != nil, article.url != nil, article.source != nil,
            article.author != nil, article.published != nil, article.updated != nil, article.summary != nil,
            article.image != nil, article.place != nil, !article.tags.isEmpty, !article.categories.isEmpty,
        ]
        return fields.filter { $0 }.count
    }

    private static func report(kept: Article, group: [Article]) -> Diagnostic {
        let others = group.map(\.origin).filter { $0 != kept.origin }.map(\.description)
        return Diagnostic(.note, path: kept.origin.path, line: kept.origin.line,
                          message: "'\(kept.title)' also appears at \(others.joined(separator: ", ")); "
                              + "collapsed into one article (kept this copy, which has the most metadata)")
    }
}
