from django import template

from networks.practices.annual_wheel import render_annual_wheel

register = template.Library()


@register.simple_tag
def annual_wheel(page):
    return render_annual_wheel(page.activity_list, title=page.title, id_prefix=f"wheel-{page.pk}")
