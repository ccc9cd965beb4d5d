import TutorStore

extension PaymentRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.payment, id) }
}

extension RefundRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.refund, id) }
}

extension PayoutRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.payout, id) }
}

extension PaymentRow {
    /// Whether `viewer` may see the payment: as they may see the booking or package it paid for.
    func isVisible(to viewer: Viewer?) -> Bool {
        AccessPolicy.allows(
            viewer,
            bookingID == nil
                ? .readPackage(studentUserID: payerUserID, tutorUserID: tutorUserID)
                : .readBooking(studentUserID: payerUserID, tutorUserID: tutorUserID))
    }
}

extension RefundRow {
    /// Whether `viewer` may see the refund: the payer, the tutor concerned, staff.
    func isVisible(to viewer: Viewer?) -> Bool {
        AccessPolicy.allows(viewer, .readBooking(studentUserID: payerUserID, tutorUserID: tutorUserID))
    }
}

extension PayoutRow {
    /// Whether `viewer` may see the payout: the tutor paid and staff.
    func isVisible(to viewer: Viewer?) -> Bool {
        AccessPolicy.allows(viewer, .readTutorEarnings(tutorUserID: tutorUserID))
    }
}
