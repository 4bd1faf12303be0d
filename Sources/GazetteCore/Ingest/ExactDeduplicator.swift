import Foundation

/// Collapses exact duplicates: articles with the same canonical URL, or the same normalized title and body.
///
/// The copy with the richest metadata is kept; fields it lacks are filled from the others, tags and
/// categories are merged, and `collected` is the earliest. Each collapse is reported as a note.
enum ExactDeduplicator {
    /// What an article's copies share with it: the digest of its folded text, or of its canonical URL's key (the
    /// digest its id is cut from). Digests rather than the key itself: they are made on every core, and the one
    /// pass over all articles then hashes a word rather than a URL's text.
    struct Keys {
        var contentDigest: ContentDigest
        var urlDigest: ContentDigest?
    }

    /// The groups of copies among articles taken one at a time, in order: each either starts a group of its own or
    /// is a copy of an earlier group's article. A copy's keys join its group, so a copy that shares its text with one
    /// article and its address with another ties the three together, as it would in one pass over them all.
    struct Grouping {
        private var groupByDigest: [ContentDigest: Int] = [:]
        private var groupByURL: [ContentDigest: Int] = [:]
        private var groupCount = 0

        /// Room for about `count` articles without growing.
        init(capacity count: Int) {
            groupByDigest.reserveCapacity(count)
            groupByURL.reserveCapacity(count)
        }

        /// Which group the next article, whose keys are `keys`, belongs to.
        mutating func add(_ keys: Keys) -> Membership {
            let membership: Membership
            if let group = groupByDigest[keys.contentDigest] ?? keys.urlDigest.flatMap({ groupByURL[$0] }) {
                membership = .copy(ofGroup: group)
            } else {
                membership = .first(group: groupCount)
                groupCount += 1
            }
            groupByDigest[keys.contentDigest] = membership.group
            if let urlDigest = keys.urlDigest { groupByURL[urlDigest] = membership.group }
            return membership
        }
    }

    /// Where an article stands among its copies. Groups are numbered from 0 in the order of their first articles.
    enum Membership: Equatable {
        /// The first article of group `group`.
        case first(group: Int)
        /// A later copy of group `ofGroup`'s first article.
        case copy(ofGroup: Int)

        var group: Int {
            switch self {
            case .first(let group), .copy(let group): group
            }
        }
    }

    /// One group's copies (its first article, then the later ones in order) collapsed into the article kept, with the
    /// note that reports it.
    static func collapse(_ copies: [Article]) -> (kept: Article, note: Diagnostic) {
        let kept = merge(copies)
        return (kept, report(kept: kept, group: copies))
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
            kept.address = kept.address ?? other.address
            kept.source = kept.source ?? other.source
            kept.author = kept.author ?? other.author
            kept.published = kept.published ?? other.published
            kept.updated = kept.updated ?? other.updated
            kept.summary = kept.summary ?? other.summary
            kept.imageAddress = kept.imageAddress ?? other.imageAddress
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
            article.subtitle != nil, article.originalTitle != nil, article.address != nil, article.source != nil,
            article.author != nil, article.published != nil, article.updated != nil, article.summary != nil,
            article.imageAddress != nil, article.place != nil, !article.tags.isEmpty, !article.categories.isEmpty,
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
