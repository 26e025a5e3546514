import config from '@payload-config'

import { restRoutes } from '../../../../boundary/routes'

// Every REST request, Payload's and Concord's endpoints alike, passes the boundary's checks first.
export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = restRoutes(config)
