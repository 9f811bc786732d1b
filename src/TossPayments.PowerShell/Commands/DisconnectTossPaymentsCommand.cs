using System.Management.Automation;
using TossPayments.PowerShell.Connections;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Forgets this session's TossPayments connection.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "TossPayments")]
    [OutputType(typeof(void))]
    public sealed class DisconnectTossPaymentsCommand : PSCmdlet
    {
        /// <summary>Clears the runspace's default connection. The environment variables, if set, still apply.</summary>
        protected override void EndProcessing()
        {
            WriteVerbose(ConnectionStore.Clear() ? "Disconnected from TossPayments." : "There was no connection to forget.");
        }
    }
}
