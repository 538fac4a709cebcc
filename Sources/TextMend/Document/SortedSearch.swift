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

    /// The elements whose `position` lies in `range`, for a collection sorted by position
    /// (the kept part of a list an earlier round of `fix` found: `LineCorrespondence.walk`).
    func slice(positionsIn range: Range<Int>, _ position: (Element) -> Int) -> SubSequence {
        let low = partitioningIndex { position($0) >= range.lowerBound }
        let high = self[low...].partitioningIndex { position($0) >= range.upperBound }
        return self[low..<high]
    }
}
