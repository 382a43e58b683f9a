/** What Dialtone made for a PBX trunk: kept by the caller so reruns and removal find it again. */
export interface TrunkResources {
  trunkSid?: string;
  /** dialtone-…pstn.twilio.com: where the PBX sends its calls (sip:+E164@domain). */
  trunkDomainName?: string;
  originationUrlSid?: string;
  credentialListSid?: string;
  credentialSid?: string;
  ipAccessControlListSid?: string;
  ipAddressSid?: string;
  numberSid?: string;
  phoneNumber?: string;
  /** The number's routing before it moved to the trunk (given back on removal); undefined until read. */
  previousVoiceUrl?: string | null;
  previousSmsUrl?: string | null;
  /** Twilio deletes a number's voice application when it joins a trunk. */
  previousVoiceApplicationSid?: string | null;
}
