// Which cloud holds the bucket on screen, for the error texts below it: a COS failure reads in COS's
// words (CAM, the COS console's menus) and its CORS help gives COS's rule. Set once by the browse page
// around everything that shows one bucket (listing, URL panel, export, upload); undefined elsewhere (OSS).
import { createContext, useContext } from 'react';
import type { ProviderKind } from '../../core/provider/link-provider';

export const CloudContext = createContext<ProviderKind | undefined>(undefined);

export const useCloud = (): ProviderKind | undefined => useContext(CloudContext);
