export default {
  headsetHeading: 'Headset buttons',
  headsetHint:
    'Answer, hang up and mute with the buttons of a USB headset (or its wireless dongle); its lights follow your calls.',
  headsetConnect: 'Connect a headset',
  headsetNone: 'No headset connected.',
  headsetConnectedList: 'Headsets connected',
  headsetUnsupported: 'Headset buttons work in the desktop app, or in Chrome or Edge.',
  headsetConnectFailed: 'The headset could not be connected ({reason}). Unplug it, plug it in again and try once more.',
  headsetProblem: 'The buttons of {name} stopped working ({reason}). Unplug the headset and plug it in again.',
  headsetListFailed: 'Dialtone could not find your headsets ({reason}). Reload the window to try again.',
} as const;
