namespace TossPayments.Sandbox.Domain
{
    /// <summary>A payment's status, named as the API writes it (API notes §3).</summary>
#pragma warning disable CA1707 // The members are the API's own words.
    public enum SandboxStatus
    {
        /// <summary>Created; the customer has not authenticated yet.</summary>
        READY,

        /// <summary>Authenticated; waiting for the merchant's confirm.</summary>
        IN_PROGRESS,

        /// <summary>A virtual account issued and waiting for the customer's deposit.</summary>
        WAITING_FOR_DEPOSIT,

        /// <summary>Approved.</summary>
        DONE,

        /// <summary>Canceled in full.</summary>
        CANCELED,

        /// <summary>Canceled in part (possibly down to a zero balance).</summary>
        PARTIAL_CANCELED,

        /// <summary>The approval failed.</summary>
        ABORTED,

        /// <summary>Not authenticated or not confirmed in time.</summary>
        EXPIRED,
    }
#pragma warning restore CA1707

    /// <summary>A committed change in the sandbox's ledger.</summary>
    public enum ChangeKind
    {
        /// <summary>A merchant's confirm.</summary>
        Confirm,

        /// <summary>A cancel, in full or in part.</summary>
        Cancel,

        /// <summary>A customer's deposit into a virtual account.</summary>
        Deposit,

        /// <summary>A merchant's issue of a virtual account (<c>POST /v1/virtual-accounts</c>).</summary>
        Issue,

        /// <summary>A charge of a billing key (<c>POST /v1/billing/{billingKey}</c>).</summary>
        Charge,
    }
}
