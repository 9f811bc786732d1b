using System.Collections.Generic;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>
    /// The codes a refund account's bank may have (API notes §7): the banks' 2-character codes
    /// (KB국민 is 06, not its KFTC 004) and the securities companies' (S0…SQ), which take refunds
    /// too. Codes are text: leading zeros count.
    /// </summary>
    public static class SandboxBanks
    {
        private static readonly HashSet<string> Banks =
        [
            "02", "03", "06", "07", "11", "12", "20", "23", "27", "31", "32", "34", "35", "37", "39", "45", "48", "50",
            "54", "64", "71", "81", "88", "89", "90", "92",
        ];

        private static readonly HashSet<string> Securities =
        [
            "S0", "S2", "S3", "S4", "S5", "S6", "S8", "S9", "SA", "SB", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL",
            "SM", "SN", "SO", "SP", "SQ", "SR", "ST",
        ];

        /// <summary>Whether the code names a bank or a securities company that takes refunds.</summary>
        public static bool IsKnown(string code) => Banks.Contains(code) || Securities.Contains(code);
    }
}
