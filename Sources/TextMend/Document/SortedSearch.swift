extension RandomAccessCollection where Index == Int {
    /// The first index whose element satisfies `belongs`, by binary search: `belongs` must be
    /// false for a prefix of the collection and true for the rest (`endIndex` when it never
    /// holds). Named as in swift-algorithms.
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
