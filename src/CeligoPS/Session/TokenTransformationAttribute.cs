using System;
using System.Management.Automation;
using System.Security;

namespace CeligoPS.Session
{
    /// <summary>Lets -Token take a plain string (from an Automation variable, say) as well as a SecureString.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class TokenTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject ps ? ps.BaseObject : inputData;
            if (value is string text)
            {
                var secure = new SecureString();
                foreach (var c in text)
                {
                    secure.AppendChar(c);
                }
                secure.MakeReadOnly();
                return secure;
            }
            return value;
        }
    }
}
