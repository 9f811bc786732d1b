using System;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Management.Automation.Runspaces;

namespace TossPayments.PowerShell.Connections
{
    /// <summary>
    /// The connection each runspace uses when a cmdlet is given none: the one
    /// <c>Connect-TossPayments</c> set in that runspace, else one made from the environment
    /// variables. Kept per runspace (never process-wide), so two runspaces never see each
    /// other's connection, and a new runspace (a scheduled task, <c>ForEach-Object -Parallel</c>)
    /// falls back to the environment.
    /// </summary>
    internal static class ConnectionStore
    {
        private static readonly ConditionalWeakTable<Runspace, RunspaceConnections> ByRunspace = new ConditionalWeakTable<Runspace, RunspaceConnections>();

        /// <summary>The connection for this runspace, or null when there is none at all.</summary>
        /// <exception cref="TossPaymentsValidationException">The environment variables do not make a valid connection (a value out of range included).</exception>
        public static TossPaymentsConnection? Current()
        {
            var slot = Slot();
            return slot.Connected ?? slot.FromEnvironment();
        }

        // Connections replaced or forgotten here are not disposed: the user may still hold one
        // from -PassThru and pass it as -Connection. Their HTTP pools close when they are collected.

        /// <summary>Makes <paramref name="connection"/> this runspace's default.</summary>
        public static void Set(TossPaymentsConnection connection) => Slot().Connected = connection;

        /// <summary>Forgets this runspace's default connection; returns whether there was one.</summary>
        public static bool Clear()
        {
            var slot = Slot();
            var had = slot.Connected != null;
            slot.Connected = null;
            return had;
        }

        private static RunspaceConnections Slot()
        {
            var runspace = Runspace.DefaultRunspace
                ?? throw new InvalidOperationException("TossPayments cmdlets must run on a PowerShell pipeline thread.");
            return ByRunspace.GetValue(runspace, _ => new RunspaceConnections());
        }

        private sealed class RunspaceConnections
        {
            private string? _environmentFingerprint;
            private TossPaymentsConnection? _environment;

            public TossPaymentsConnection? Connected { get; set; }

            // Made once per runspace and made again only when the variables change. Only a hash of
            // the key is kept to notice that.
            public TossPaymentsConnection? FromEnvironment()
            {
                var settings = ConnectionSettings.FromEnvironment();
                if (settings == null)
                {
                    return null;
                }

                var fingerprint = Fingerprint(settings.SecretKey + "\n" + settings.Describe());
                if (_environment == null || _environmentFingerprint != fingerprint)
                {
                    _environment = settings.Connect("Environment");
                    _environmentFingerprint = fingerprint;
                }

                return _environment;
            }

            private static string Fingerprint(string value)
            {
                using (var sha = SHA256.Create())
                {
                    return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(value)));
                }
            }
        }
    }
}
