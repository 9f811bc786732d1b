using System.Collections.Generic;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>Bank codes the sandbox accepts for refund accounts (a subset of the API's list).</summary>
    public static class SandboxBanks
    {
        private static readonly HashSet<string> Codes =
        [
            "02", "03", "04", "07", "11", "12", "20", "23", "27", "31", "32", "34", "35", "37", "39", "45", "48", "50",
            "64", "71", "81", "88", "89", "90", "92",
        ];

        /// <summary>Whether the code names a bank the sandbox knows.</summary>
        public static bool IsKnown(string code) => Codes.Contains(code);
    }
}
