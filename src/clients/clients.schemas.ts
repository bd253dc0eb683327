import { z } from 'zod';
import { companySchema } from '../pipeline/index.js';
import { globalCompanySchema } from '../discovery/index.js';

export const companyDetailSchema = companySchema
  .extend({ ownerName: z.string().nullable(), allowedTransitions: z.array(z.string()), globalCompany: globalCompanySchema })
  .meta({ id: 'CompanyDetail' });
