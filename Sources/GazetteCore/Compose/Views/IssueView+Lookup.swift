import Mustache

// Template lookups without reflection: swift-mustache asks a `MustacheParent` for a field by name instead of
// walking a `Mirror` of the view on every lookup (a quarter of rendering time before). Each case is one field.

extension IssueView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "subject": subject
        case "preheader": preheader
        case "number": number
        case "issueNumber": issueNumber
        case "period": period
        case "lang": lang
        case "dateText": dateText
        case "readingText": readingText
        case "itemCount": itemCount
        case "itemCountText": itemCountText
        case "topTitles": topTitles
        case "leadTitle": leadTitle
        case "webURL": webURL
        case "unsubscribeURL": unsubscribeURL
        case "sections": sections
        case "strings": strings
        case "hasNotes": hasNotes
        case "notes": notes
        default: nil
        }
    }
}

extension SectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "itemCount": itemCount
        case "items": items
        case "html": html
        case "strings": strings
        default: nil
        }
    }
}

extension ItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "rank": rank
        case "title": title
        case "subtitle": subtitle
        case "url": url
        case "source": source
        case "dateText": dateText
        case "meta": meta
        case "readingText": readingText
        case "summaryHTML": summaryHTML
        case "summaryText": summaryText
        case "tags": tags
        case "hasTags": hasTags
        case "tagsText": tagsText
        case "image": image
        case "imageAlt": imageAlt
        case "links": links
        case "hasLinks": hasLinks
        case "product": product
        case "people": people
        case "hasPeople": hasPeople
        case "peopleText": peopleText
        case "quote": quote
        case "alsoIn": alsoIn
        case "hasAlsoIn": hasAlsoIn
        case "isFirst": isFirst
        default: nil
        }
    }
}

extension LinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "url": url
        case "role": role
        case "isLast": isLast
        default: nil
        }
    }
}

extension AlsoInView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "source": source
        case "url": url
        case "isLast": isLast
        default: nil
        }
    }
}
