/// Groups elements by a key, keeping groups in order of first appearance and elements in order within
/// each group, so errors about duplicates come out in document order.
func groupedInOrder<Element>(_ elements: [Element], by key: (Element) -> String) -> [(key: String, group: [Element])] {
    var groups: [(key: String, group: [Element])] = []
    var indexByKey: [String: Int] = [:]
    for element in elements {
        let elementKey = key(element)
        if let index = indexByKey[elementKey] {
            groups[index].group.append(element)
        } else {
            indexByKey[elementKey] = groups.count
            groups.append((elementKey, [element]))
        }
    }
    return groups
}
