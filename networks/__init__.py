"""What municipalities do together: networks and their regions (``networks.networks``), good
practices and annual clocks (``networks.practices``) and tutor work (``networks.tutoring``)."""
